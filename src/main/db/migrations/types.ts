import type { Db } from '../connection';

export interface Migration {
  /** The user_version after this step. Steps are numbered 1, 2, 3... without gaps. */
  version: number;
  name: string;
  /**
   * SQL, or a function of the database (for steps SQL cannot say, e.g. rewriting stored JSON),
   * run inside the migration transaction: a function that throws rolls back every step.
   */
  up: string | ((db: Db) => void);
}
