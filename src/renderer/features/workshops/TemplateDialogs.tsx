import { useEffect, useRef, useState } from 'react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { durationShort } from '../../i18n/format';
import type { TemplateSummary } from '../../../shared/templates';
import { href, navigate } from '../../app/router';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextArea, TextField } from '../../../ui/TextField';
import './templates.css';
import type { Locale } from '../../../shared/locale';
import { useInterfaceLocale, WorkshopLanguageSelect } from '../planner/WorkshopLanguageSelect';

/** Offer a file to save, e.g. an exported template. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "New from template": the button and its dialog, self-contained. */
export function NewFromTemplateButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon="library" onClick={() => setOpen(true)}>
        <Trans>New from template</Trans>
      </Button>
      {open ? <TemplatesDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

export function TemplatesDialog({ onClose }: { onClose(): void }) {
  const items = useApp((s) => s.templates.items);
  const status = useApp((s) => s.templates.status);
  const loadError = useApp((s) => s.templates.error);
  const load = useApp((s) => s.loadTemplates);
  const createFrom = useApp((s) => s.createFromTemplate);
  const exportTemplate = useApp((s) => s.exportTemplate);
  const importTemplate = useApp((s) => s.importTemplate);
  const removeTemplate = useApp((s) => s.removeTemplate);
  const [busy, setBusy] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const { t, i18n } = useLingui();
  // The new workshop's language: a built-in template's words and example content come in it (the facilitator's own to start with).
  const [language, setLanguage] = useState<Locale>(useInterfaceLocale());

  useEffect(() => {
    void load();
  }, [load]);

  async function use(t: TemplateSummary) {
    setBusy(t.id);
    const id = await createFrom(t.id, undefined, language);
    setBusy(null);
    if (id) {
      onClose();
      navigate(href.planner(id));
    }
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    setImportError(null);
    if (file.size > 500_000) {
      setImportError(t`That file is too big to be a Common Ground template. Nothing was imported.`);
      return;
    }
    setBusy('import');
    const error = await importTemplate(await file.text());
    setBusy(null);
    setImportError(error);
    if (fileRef.current) fileRef.current.value = '';
  }

  return (
    <Dialog
      title={t`New workshop from a template`}
      description={t`A template brings the agenda with every exercise set up. The roster starts empty; no answers are copied.`}
      onClose={onClose}
      size="lg"
      footer={
        <>
          <input
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
          <Button icon="up" onClick={() => fileRef.current?.click()} busy={busy === 'import'}>
            <Trans>Import a template file…</Trans>
          </Button>
          <Button onClick={onClose}>
            <Trans>Close</Trans>
          </Button>
        </>
      }
    >
      {importError ? (
        <p className="callout callout-error" role="alert">
          {importError}
        </p>
      ) : null}
      {status === 'error' ? (
        <p className="callout callout-error" role="alert">
          <Trans>Couldn’t load the templates: {loadError}</Trans>
        </p>
      ) : null}
      {status !== 'ready' && status !== 'error' ? (
        <p className="loading" role="status">
          <Trans>Loading templates…</Trans>
        </p>
      ) : null}
      <WorkshopLanguageSelect value={language} onChange={setLanguage} />
      <ul className="template-list" aria-label={t`Templates`}>
        {items.map((tpl) => {
          const name = tpl.name;
          const activities = tpl.activityCount;
          return (
            <li key={tpl.id} className="template-item">
              <div className="template-text">
                <h3 className="template-name">
                  {tpl.name}{' '}
                  {tpl.builtIn ? (
                    <span className="template-badge">
                      <Trans>Built in</Trans>
                    </span>
                  ) : null}
                </h3>
                {tpl.description ? <p className="template-desc">{tpl.description}</p> : null}
                <p className="template-meta tabular">
                  <Plural value={activities} one="# activity" other="# activities" /> · {durationShort(i18n, tpl.minutes)}
                </p>
              </div>
              <div className="template-actions">
                {confirmDelete === tpl.id ? (
                  <>
                    <span className="template-confirm">
                      <Trans>Delete this template?</Trans>
                    </span>
                    <Button size="sm" variant="danger" onClick={() => void removeTemplate(tpl.id).then(() => setConfirmDelete(null))}>
                      <Trans>Delete</Trans>
                    </Button>
                    <Button size="sm" onClick={() => setConfirmDelete(null)}>
                      <Trans>Keep</Trans>
                    </Button>
                  </>
                ) : (
                  <>
                    <Button size="sm" variant="primary" onClick={() => void use(tpl)} busy={busy === tpl.id} aria-label={t`Use ${name}`}>
                      <Trans>Use</Trans>
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={t`Export ${name} to a file`}
                      onClick={() => void exportTemplate(tpl.id).then((f) => f && download(f.fileName, f.json))}
                    >
                      <Trans>Export</Trans>
                    </Button>
                    {tpl.builtIn ? null : (
                      <Button size="sm" variant="ghost" aria-label={t`Delete ${name}`} onClick={() => setConfirmDelete(tpl.id)}>
                        <Trans>Delete</Trans>
                      </Button>
                    )}
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}

/** "Save as template" in the planner header: the button and its dialog. */
export function SaveAsTemplateButton({ workshopId, title }: { workshopId: string; title: string }) {
  const save = useApp((s) => s.saveAsTemplate);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(title);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { t } = useLingui();
  return (
    <>
      <Button
        onClick={() => {
          setName(title);
          setError(null);
          setOpen(true);
        }}
      >
        <Trans>Save as template</Trans>
      </Button>
      {open ? (
        <Dialog
          title={t`Save as template`}
          description={t`Saves the agenda with every activity’s settings and your notes, so you can run it again. The roster and all answers stay out.`}
          onClose={() => setOpen(false)}
          size="sm"
          footer={
            <>
              <Button onClick={() => setOpen(false)}>
                <Trans>Cancel</Trans>
              </Button>
              <Button
                variant="primary"
                busy={busy}
                onClick={async () => {
                  setBusy(true);
                  const e = await save(workshopId, name, description);
                  setBusy(false);
                  setError(e);
                  if (!e) setOpen(false);
                }}
              >
                <Trans>Save template</Trans>
              </Button>
            </>
          }
        >
          <TextField label={t`Template name`} value={name} maxLength={200} error={error} onChange={(e) => setName(e.target.value)} data-autofocus />
          <TextArea label={t`What it is for (optional)`} value={description} rows={3} maxLength={5000} onChange={(e) => setDescription(e.target.value)} />
        </Dialog>
      ) : null}
    </>
  );
}
