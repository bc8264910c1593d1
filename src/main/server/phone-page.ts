// The phone page's HTML carries a first screen of its own (the workshop's title and
// "Connecting…", see src/renderer/phone/participant.html), shown before any script has
// arrived on slow room Wi-Fi. The room server puts the title in for people who came by
// the room's link; the code page (/) gets none.

const TITLE_SLOT = /<p class="ph-kicker" id="cg-title" hidden><\/p>/;
const DOCUMENT_TITLE = /<title>[^<]*<\/title>/;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place between HTML tags or in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The page with the workshop's title (facilitator-entered text, escaped) in its first screen and its document title. */
export function withWorkshopTitle(html: string, title: string): string {
  if (!TITLE_SLOT.test(html)) return html; // a page built without the first screen: leave it as it is
  const safe = escapeHtml(title);
  // Functions as replacements, so a title with `$&` or `$1` stays text.
  return html
    .replace(TITLE_SLOT, () => `<p class="ph-kicker" id="cg-title">${safe}</p>`)
    .replace(DOCUMENT_TITLE, () => `<title>${safe} · Common Ground</title>`);
}
