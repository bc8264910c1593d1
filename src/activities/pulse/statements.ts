/** Every statement people rate: the built-in set, then the facilitator's own. Plain code, so the phone bundle need not load the schemas. */
export const allStatements = <S extends { id: string; text: string }>(config: { statements: readonly S[]; extra: readonly S[] }): S[] => [
  ...config.statements,
  ...config.extra,
];
