// The same cards and columns on both boards: ?cards=N on the page's address.
export const CARD_COUNT = Math.max(1, Number(new URLSearchParams(location.search).get('cards')) || 120);
export const CARDS = Array.from({ length: CARD_COUNT }, (_, i) => ({ id: `c${i + 1}`, text: `Lead signal number ${i + 1}`, description: '' }));
export const COLUMNS = ['Quality lead', 'Not a signal', 'Depends'].map((text, i) => ({ id: `col${i + 1}`, text, description: '' }));
