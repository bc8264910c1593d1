import type { Localized } from '../localized';

// The buying-process map's example content in each language (see ../localized.ts). Only words
// live here: which stages there are, who owns each, the days and the hand-off are the same in
// every language (definition.ts), so a stage keeps its id and its facts whatever the language.

export type SegmentId = 'mid' | 'ent';
export type StageId = 'aware' | 'research' | 'evaluate' | 'decide' | 'onboard' | 'expand';
export type MarkerId = 'stall' | 'lose' | 'nocontent';
/** A stage's words: its name, the buyer's goal, the touchpoints, the content we have. */
export type StageWords = readonly [name: string, goal: string, touchpoints: string, content: string];

export interface BuyingMapContent {
  prompt: string;
  segments: Readonly<Record<SegmentId, { name: string; stages: Readonly<Record<StageId, StageWords>> }>>;
  markers: Readonly<Record<MarkerId, string>>;
}

export const BUYING_MAP_CONTENT: Localized<BuyingMapContent> = {
  en: {
    prompt: 'Where do buyers get stuck, where do we lose them, and where do we have nothing to give them?',
    segments: {
      mid: {
        name: 'Mid-market',
        stages: {
          aware: ['Problem aware', 'Put a name to the pain', 'Search, peers, social posts', 'Blog posts, short guides'],
          research: ['Researching', 'Find out what options exist', 'Website, webinars, review sites', 'Comparison guides, webinars'],
          evaluate: ['Evaluating', 'Shortlist and test two or three', 'Demo, trial, first calls', 'Demo script, case studies'],
          decide: ['Deciding', 'Get budget and sign-off', 'Proposal, negotiation, legal', 'ROI model, security pack'],
          onboard: ['Onboarding', 'Get value quickly', 'Kick-off, training', 'Onboarding plan, how-to videos'],
          expand: ['Expanding', 'Roll out to more teams', 'Account reviews, renewals', 'Customer stories, usage reports'],
        },
      },
      ent: {
        name: 'Enterprise',
        stages: {
          aware: ['Problem aware', 'See the cost of doing nothing', 'Analyst reports, events', 'Research reports, executive briefings'],
          research: ['Researching', 'Build an internal case', 'Account-based campaigns, SDR outreach', 'Industry pages, benchmark data'],
          evaluate: ['Evaluating', 'Run a proof of concept', 'Workshops, pilots, references', 'Pilot plan, reference calls'],
          decide: ['Deciding', 'Pass procurement and security', 'Procurement, legal, board', 'Business case, compliance documents'],
          onboard: ['Onboarding', 'Launch without disruption', 'Implementation project', 'Rollout playbook'],
          expand: ['Expanding', 'Standardise across regions', 'Executive sponsor meetings', 'Value reviews, roadmaps'],
        },
      },
    },
    markers: { stall: 'Deals stall here', lose: 'We lose them here', nocontent: 'No content here' },
  },
  de: {
    prompt: 'Wo bleiben Käufer hängen, wo verlieren wir sie, und wo haben wir ihnen nichts zu bieten?',
    segments: {
      mid: {
        name: 'Mittelstand',
        stages: {
          aware: ['Problem erkannt', 'Dem Schmerz einen Namen geben', 'Suche, Kollegen, Social-Media-Beiträge', 'Blogartikel, kurze Leitfäden'],
          research: ['Recherche', 'Herausfinden, welche Optionen es gibt', 'Website, Webinare, Bewertungsportale', 'Vergleichsleitfäden, Webinare'],
          evaluate: ['Bewertung', 'Zwei oder drei auswählen und testen', 'Demo, Testversion, erste Gespräche', 'Demo-Skript, Fallstudien'],
          decide: ['Entscheidung', 'Budget und Freigabe bekommen', 'Angebot, Verhandlung, Rechtsabteilung', 'ROI-Modell, Sicherheitspaket'],
          onboard: ['Einführung', 'Schnell Nutzen erzielen', 'Kick-off, Schulung', 'Einführungsplan, Anleitungsvideos'],
          expand: ['Ausbau', 'Auf weitere Teams ausrollen', 'Account-Reviews, Verlängerungen', 'Kundengeschichten, Nutzungsberichte'],
        },
      },
      ent: {
        name: 'Großunternehmen',
        stages: {
          aware: ['Problem erkannt', 'Die Kosten des Nichtstuns sehen', 'Analystenberichte, Veranstaltungen', 'Studien, Briefings für die Geschäftsleitung'],
          research: ['Recherche', 'Intern ein Argument aufbauen', 'Account-based Kampagnen, SDR-Ansprache', 'Branchenseiten, Vergleichsdaten'],
          evaluate: ['Bewertung', 'Einen Machbarkeitsnachweis durchführen', 'Workshops, Piloten, Referenzen', 'Pilotplan, Referenzgespräche'],
          decide: ['Entscheidung', 'Einkauf und IT-Sicherheit bestehen', 'Einkauf, Rechtsabteilung, Vorstand', 'Business Case, Compliance-Unterlagen'],
          onboard: ['Einführung', 'Ohne Störung starten', 'Implementierungsprojekt', 'Rollout-Leitfaden'],
          expand: ['Ausbau', 'Über Regionen hinweg vereinheitlichen', 'Treffen mit dem Executive Sponsor', 'Nutzen-Reviews, Roadmaps'],
        },
      },
    },
    markers: { stall: 'Deals stocken hier', lose: 'Hier verlieren wir sie', nocontent: 'Hier fehlen Inhalte' },
  },
  fr: {
    prompt: 'Où les acheteurs se bloquent-ils, où les perdons-nous, et où n’avons-nous rien à leur donner ?',
    segments: {
      mid: {
        name: 'ETI',
        stages: {
          aware: ['Conscient du problème', 'Mettre un nom sur la difficulté', 'Recherche, pairs, réseaux sociaux', 'Articles de blog, guides courts'],
          research: ['Recherche', 'Découvrir les options existantes', 'Site web, webinaires, sites d’avis', 'Guides comparatifs, webinaires'],
          evaluate: ['Évaluation', 'Retenir deux ou trois offres et les tester', 'Démo, essai, premiers appels', 'Script de démo, études de cas'],
          decide: ['Décision', 'Obtenir le budget et la validation', 'Proposition, négociation, juridique', 'Modèle de ROI, dossier sécurité'],
          onboard: ['Mise en route', 'Obtenir vite de la valeur', 'Lancement, formation', 'Plan de mise en route, vidéos tutoriels'],
          expand: ['Développement', 'Étendre à d’autres équipes', 'Revues de compte, renouvellements', 'Témoignages clients, rapports d’usage'],
        },
      },
      ent: {
        name: 'Grands comptes',
        stages: {
          aware: ['Conscient du problème', 'Voir le coût de l’inaction', 'Rapports d’analystes, événements', 'Études, briefings pour la direction'],
          research: ['Recherche', 'Construire un argumentaire interne', 'Campagnes ABM, prospection SDR', 'Pages sectorielles, données de référence'],
          evaluate: ['Évaluation', 'Mener une preuve de concept', 'Ateliers, pilotes, références', 'Plan de pilote, appels de référence'],
          decide: ['Décision', 'Passer les achats et la sécurité', 'Achats, juridique, comité de direction', 'Business case, documents de conformité'],
          onboard: ['Mise en route', 'Démarrer sans perturbation', 'Projet de déploiement', 'Guide de déploiement'],
          expand: ['Développement', 'Harmoniser entre les régions', 'Réunions avec le sponsor exécutif', 'Revues de valeur, feuilles de route'],
        },
      },
    },
    markers: { stall: 'Les affaires stagnent ici', lose: 'Nous les perdons ici', nocontent: 'Pas de contenu ici' },
  },
  es: {
    prompt: '¿Dónde se atascan los compradores, dónde los perdemos y dónde no tenemos nada que darles?',
    segments: {
      mid: {
        name: 'Mediana empresa',
        stages: {
          aware: ['Conoce el problema', 'Ponerle nombre al problema', 'Búsquedas, colegas, redes sociales', 'Artículos de blog, guías breves'],
          research: ['Investigación', 'Averiguar qué opciones hay', 'Web, webinars, sitios de opiniones', 'Guías comparativas, webinars'],
          evaluate: ['Evaluación', 'Elegir dos o tres y probarlas', 'Demo, prueba, primeras llamadas', 'Guion de demo, casos de éxito'],
          decide: ['Decisión', 'Conseguir presupuesto y aprobación', 'Propuesta, negociación, legal', 'Modelo de ROI, dosier de seguridad'],
          onboard: ['Puesta en marcha', 'Sacar valor rápido', 'Arranque, formación', 'Plan de puesta en marcha, vídeos tutoriales'],
          expand: ['Expansión', 'Extenderlo a más equipos', 'Revisiones de cuenta, renovaciones', 'Historias de clientes, informes de uso'],
        },
      },
      ent: {
        name: 'Gran empresa',
        stages: {
          aware: ['Conoce el problema', 'Ver el coste de no hacer nada', 'Informes de analistas, eventos', 'Estudios, sesiones para la dirección'],
          research: ['Investigación', 'Construir el caso interno', 'Campañas ABM, contacto de SDR', 'Páginas sectoriales, datos comparativos'],
          evaluate: ['Evaluación', 'Hacer una prueba de concepto', 'Talleres, pilotos, referencias', 'Plan piloto, llamadas con referencias'],
          decide: ['Decisión', 'Superar compras y seguridad', 'Compras, legal, consejo', 'Caso de negocio, documentos de cumplimiento'],
          onboard: ['Puesta en marcha', 'Arrancar sin interrupciones', 'Proyecto de implantación', 'Guía de despliegue'],
          expand: ['Expansión', 'Estandarizar entre regiones', 'Reuniones con el patrocinador ejecutivo', 'Revisiones de valor, hojas de ruta'],
        },
      },
    },
    markers: { stall: 'Aquí se estancan los negocios', lose: 'Aquí los perdemos', nocontent: 'Aquí no hay contenido' },
  },
};
