/** "1 dot", "3 dots"; `many` for irregular plurals ("1 person", "2 people"). The one copy: engines, screens and the report use it. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
