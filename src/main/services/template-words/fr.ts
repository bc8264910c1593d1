import type { TemplateWords } from './types';

export const fr: TemplateWords = {
  placeholder: {
    title: (title) => `[Emplacement] ${title}`,
    text: (kind) =>
      `Cet emplacement est prévu pour l’exercice « ${kind} », que cette version de Common Ground ne propose pas. Remplacez-le, ou menez-le sous forme de discussion.`,
  },
  welcome: {
    title: 'Bienvenue : pourquoi les deux équipes sont dans la même salle',
    text: 'Nous voulons la même chose : plus de chiffre d’affaires avec moins d’efforts perdus. Aujourd’hui, nous regardons où nous voyons les choses différemment, et convenons de quelques petites choses à essayer.',
    notes: 'Soyez bref. Dites à voix haute que les désaccords sont ce que nous sommes venus chercher, pas un problème à cacher.',
  },
  icebreaker: {
    title: 'Brise-glace : ce que l’autre équipe ne voit jamais de mon travail',
    prompt: 'Écrivez une chose de votre travail que l’autre équipe, selon vous, ne voit jamais.',
    notes: 'Lisez-en quelques-unes à voix haute. Rire ensemble ici crée de la bienveillance pour les exercices plus difficiles.',
  },
  leadSortTitle: 'Qu’est-ce qu’un lead de qualité ?',
  kpisTitle: 'Objectifs communs, rôles et KPI',
  commitments: { title: 'Engagements : qui fait quoi, pour quand', notes: 'Rien ne quitte la salle sans responsable ni date.' },
  wrapUp: {
    title: 'Conclusion et prochaines étapes',
    bullets: [
      'Le rapport part à la direction cette semaine',
      'La première réunion commune est déjà au calendrier',
      'Nous faisons le point ensemble dans 30 jours',
    ],
  },
  coffeeBreak: 'Pause café',
  backInTen: 'Reprise dans dix minutes',
  backInFifteen: 'Reprise dans quinze minutes',
  kickoff: {
    name: 'Lancement de l’alignement',
    description:
      'Quatre-vingt-dix minutes pour s’accorder sur ce qu’est un lead de qualité, qui porte quels chiffres, et trois engagements avec responsables et dates.',
    goal: 'S’accorder sur ce qu’est un lead de qualité et qui porte quels chiffres, et repartir avec des engagements qui ont un responsable et une date.',
    welcome: [
      'Ce qu’un bon lead signifie pour chacun de nous',
      'Les chiffres que nous portons, seuls et ensemble',
      'Ce à quoi nous nous engageons avant de partir',
    ],
  },
  day: {
    name: 'Journée d’alignement Ventes & Marketing',
    description:
      'Une journée entière (environ six heures avec pauses et déjeuner) : d’abord se comprendre (persona, rémunération), puis s’accorder sur l’essentiel commun (leads, processus d’achat, KPI), enfin la confiance et les engagements.',
    goal: 'Comprendre comment l’autre équipe travaille et est payée, s’accorder sur une définition commune du lead de qualité, le processus d’achat et les KPI, et repartir avec des engagements.',
    welcome: [
      'Matin : comment l’autre camp travaille et est payé',
      'Midi : les leads et le parcours d’achat',
      'Après-midi : chiffres, confiance et engagements',
    ],
    personaTitle: 'L’équipe commerciale en persona',
    personaNotes: 'Le marketing traite les Ventes comme un client : de quoi ont-elles besoin, que craignent-elles, qu’attendent-elles de nous ?',
    compTitle: 'La rémunération commerciale, les bases',
    lunch: 'Déjeuner',
    lunchMessage: 'Déjeuner : asseyez-vous avec quelqu’un de l’autre équipe',
    buyingMapTitle: 'Le processus d’achat, étape par étape',
    afternoonBreak: 'Pause de l’après-midi',
    retroTitle: 'Rétrospective sur la confiance',
  },
  joint: {
    name: 'Réunion commune',
    description:
      'Quarante minutes toutes les deux à trois semaines : revoir les engagements, prendre le baromètre d’alignement, examiner un sujet ensemble (ici la définition du lead) et convenir de la suite.',
    goal: 'Voir ce que nous avons fait depuis la dernière fois, si Ventes et Marketing se rapprochent, et repartir avec les prochains engagements.',
    introTitle: 'Réunion commune : depuis la dernière fois',
    introText: 'Quarante minutes, quatre étapes : ce que nous avions dit que nous ferions, comment cela se passe maintenant, un sujet, la suite.',
    introBullets: ['Ce que nous avions dit que nous ferions', 'Le baromètre d’alignement', 'Un sujet : notre définition du lead tient-elle ?', 'La suite'],
    reviewTitle: 'Ce que nous avions dit que nous ferions',
    reviewNotes:
      'Passez vite sur chaque point : fait, en partie, pas fait ou abandonné, et une ligne sur le pourquoi. Changez responsables et dates quand la salle est d’accord.',
    pulseTitle: 'Baromètre d’alignement',
    pulseNotes: 'Deux minutes sur les téléphones, puis regardez ensemble le plus grand écart.',
    topicTitle: 'Sujet : notre définition du lead tient-elle ?',
    topicNotes: 'Ou remplacez ce créneau par un point de friction du processus d’achat ou un aperçu de campagne ; tenez-vous-en à un seul sujet.',
    nextTitle: 'Ce que nous faisons d’ici la prochaine fois',
    pledgePrompt: 'Une chose que je ferai avant notre prochaine réunion commune',
    nextNotes: 'Rien ne quitte la salle sans responsable ni date. Gardez la liste courte : elle sera revue la prochaine fois.',
    closeTitle: 'Prochaine réunion commune',
    closeText: 'Même heure dans deux semaines. Le rapport part aux deux équipes aujourd’hui.',
  },
  sample: {
    title: 'Exemple : lancement de l’alignement Ventes & Marketing',
    location: 'Salle du conseil, 3e étage',
    roles: [
      'Commercial grands comptes',
      'Commercial grands comptes',
      'Responsable de l’équipe SDR',
      'Directeur commercial',
      'SDR',
      'Génération de la demande',
      'Marketing produit',
      'Responsable contenu',
      'Marketing opérationnel',
      'Directrice marketing',
    ],
  },
};
