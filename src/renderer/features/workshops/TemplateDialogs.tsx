import { useEffect, useRef, useState } from 'react';
import { formatDuration } from '../../../shared/schedule';
import type { TemplateSummary } from '../../../shared/templates';
import { href, navigate } from '../../app/router';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextArea, TextField } from '../../../ui/TextField';
import './templates.css';

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
        New from template
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

  useEffect(() => {
    void load();
  }, [load]);

  async function use(t: TemplateSummary) {
    setBusy(t.id);
    const id = await createFrom(t.id);
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
      setImportError('That file is too big to be a Common Ground template. Nothing was imported.');
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
      title="New workshop from a template"
      description="A template brings the agenda with every exercise set up. The roster starts empty; no answers are copied."
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
            Import a template file…
          </Button>
          <Button onClick={onClose}>Close</Button>
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
          Couldn’t load the templates: {loadError}
        </p>
      ) : null}
      {status !== 'ready' && status !== 'error' ? (
        <p className="loading" role="status">
          Loading templates…
        </p>
      ) : null}
      <ul className="template-list" aria-label="Templates">
        {items.map((t) => (
          <li key={t.id} className="template-item">
            <div className="template-text">
              <h3 className="template-name">
                {t.name} {t.builtIn ? <span className="template-badge">Built in</span> : null}
              </h3>
              {t.description ? <p className="template-desc">{t.description}</p> : null}
              <p className="template-meta tabular">
                {t.activityCount} activities · {formatDuration(t.minutes)}
              </p>
            </div>
            <div className="template-actions">
              {confirmDelete === t.id ? (
                <>
                  <span className="template-confirm">Delete this template?</span>
                  <Button size="sm" variant="danger" onClick={() => void removeTemplate(t.id).then(() => setConfirmDelete(null))}>
                    Delete
                  </Button>
                  <Button size="sm" onClick={() => setConfirmDelete(null)}>
                    Keep
                  </Button>
                </>
              ) : (
                <>
                  <Button size="sm" variant="primary" onClick={() => void use(t)} busy={busy === t.id} aria-label={`Use ${t.name}`}>
                    Use
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Export ${t.name} to a file`}
                    onClick={() => void exportTemplate(t.id).then((f) => f && download(f.fileName, f.json))}
                  >
                    Export
                  </Button>
                  {t.builtIn ? null : (
                    <Button size="sm" variant="ghost" aria-label={`Delete ${t.name}`} onClick={() => setConfirmDelete(t.id)}>
                      Delete
                    </Button>
                  )}
                </>
              )}
            </div>
          </li>
        ))}
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
  return (
    <>
      <Button
        onClick={() => {
          setName(title);
          setError(null);
          setOpen(true);
        }}
      >
        Save as template
      </Button>
      {open ? (
        <Dialog
          title="Save as template"
          description="Saves the agenda with every activity’s settings and your notes, so you can run it again. The roster and all answers stay out."
          onClose={() => setOpen(false)}
          size="sm"
          footer={
            <>
              <Button onClick={() => setOpen(false)}>Cancel</Button>
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
                Save template
              </Button>
            </>
          }
        >
          <TextField label="Template name" value={name} maxLength={200} error={error} onChange={(e) => setName(e.target.value)} data-autofocus />
          <TextArea label="What it is for (optional)" value={description} rows={3} maxLength={5000} onChange={(e) => setDescription(e.target.value)} />
        </Dialog>
      ) : null}
    </>
  );
}
