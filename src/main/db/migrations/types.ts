export interface Migration {
  /** The user_version after this step. Steps are numbered 1, 2, 3... without gaps. */
  version: number;
  name: string;
  /** SQL run inside the migration transaction. */
  up: string;
}
