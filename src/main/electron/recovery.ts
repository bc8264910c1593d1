// The desktop recovery dialog: a thin Electron wrapper over the plain-Node
// plan (src/main/db/recovery-plan.ts), shown when the data file is read-only,
// damaged, empty where backups exist, or from a newer version.
import { dialog, shell } from 'electron';
import { openCore } from '../core/index';
import type { Core } from '../core/types';
import { DataFileError, restoreBackup } from '../db/health';
import { recoveryPlan } from '../db/recovery-plan';

/** Ask what to do until the person restores a backup (true: open the core again) or quits (false). */
export async function showRecovery(error: DataFileError, dataDir: string): Promise<boolean> {
  const plan = recoveryPlan(error);
  for (;;) {
    const labels = plan.buttons.map((b) => b.label);
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'Common Ground',
      message: plan.title,
      detail: plan.detail,
      buttons: labels,
      defaultId: 0,
      cancelId: labels.length - 1,
      noLink: true,
    });
    const action = plan.buttons[response]?.action ?? 'quit';
    if (action === 'quit') return false;
    if (action === 'open-folder') {
      await shell.openPath(dataDir);
      continue;
    }
    try {
      restoreBackup(dataDir, plan.newest!.path);
      return true;
    } catch (failure) {
      dialog.showErrorBox('The backup could not be restored', failure instanceof Error ? failure.message : String(failure));
      return false;
    }
  }
}

/** Open the core; when the data file needs attention, show the recovery dialog. Null: the person chose Quit. */
export async function openCoreOrRecover(dataDir: string, version: string): Promise<Core | null> {
  try {
    return openCore({ dataDir, mode: 'electron', version });
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    if (!(await showRecovery(error, dataDir))) return null;
    return openCore({ dataDir, mode: 'electron', version });
  }
}
