// File names the app suggests (exports, templates, result images): one way to turn a title into a name.

/**
 * "Q3 kickoff: Sales & Marketing" → "q3-kickoff-sales-marketing": letters and digits of any script,
 * accents dropped, at most 60 characters, no leading or trailing dash. '' when nothing is left.
 */
export function fileSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
