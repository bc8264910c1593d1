import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { AppBar } from '../../app/AppBar';
import { href, navigate } from '../../app/router';
import { useApp, useAppStore } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import { ScreenHeading } from '../../../ui/focus-rule';
import {
  exportDownloadPath,
  PAPER_SIZES,
  REPORT_SECTIONS,
  REPORT_SECTION_LABEL,
  type ExportedFile,
  type ExportFormat,
  type PaperSize,
  type ReportSection,
} from '../../../shared/export';
import type { ExportJob } from '../../store/export-slice';
import './export.css';
import { AnonymiseSection } from './AnonymiseSection';
import { NamesNote } from './NamesNote';

/** Electron has the preload bridge and a native save dialog; browser mode downloads. */
const isDesktop = () => typeof window !== 'undefined' && 'commonGround' in window;

const PAPER_LABEL: Record<PaperSize, string> = { a4: 'A4', 'us-letter': 'US Letter' };

const RAW: { format: ExportFormat; title: string; detail: string }[] = [
  {
    format: 'pptx',
    title: 'Key results for slides (PowerPoint)',
    detail: 'One slide per activity outcome, charts you can restyle, your notes as speaker notes. Same names rule as the report.',
  },
  {
    format: 'responses.csv',
    title: 'Answers (CSV)',
    detail: 'Every answer: activity, item, answer and team; the person and time only in activities marked Named.',
  },
  { format: 'action-items.csv', title: 'Action items (CSV)', detail: 'What, who and by when.' },
  { format: 'participants.csv', title: 'Participants (CSV)', detail: 'Names, teams and roles; with names off, only how many people per team.' },
  { format: 'ics', title: 'Commitments calendar (.ics)', detail: 'Joint meetings, shadowing days and due dates for your calendar.' },
  { format: 'json', title: 'Whole workshop (JSON)', detail: 'Everything, to archive or to import on another laptop.' },
];

export const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

function download(file: ExportedFile) {
  const a = document.createElement('a');
  a.href = exportDownloadPath(file.exportId);
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Export: the PDF report for leadership, the raw data and the calendar. */
export function ExportScreen({ workshopId }: { workshopId: string }) {
  const store = useAppStore();
  const view = useApp((s) => s.exportView);
  const [paper, setPaper] = useState<PaperSize>(() => (navigator.language === 'en-US' ? 'us-letter' : 'a4'));
  const [sections, setSections] = useState<ReportSection[]>([...REPORT_SECTIONS]);

  useEffect(() => {
    void store.getState().openExport(workshopId);
  }, [store, workshopId]);

  async function make(format: ExportFormat, options?: { paper: PaperSize; sections: ReportSection[] }) {
    const file = await store.getState().prepareExport(format, options);
    if (!file) return;
    await deliver(format, file);
  }

  async function deliver(format: ExportFormat, file: ExportedFile) {
    if (isDesktop()) await store.getState().saveExportedFile(format, file);
    else download(file);
  }

  const w = view.workshop;
  const finished = w?.status === 'finished';
  const pdf = view.jobs.pdf ?? { status: 'idle' };

  return (
    <>
      <AppBar>
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <a href={href.planner(workshopId)} className="back-link">
            <Icon name="back" />
            Planner
          </a>
          <a href={href.run(workshopId)} className="back-link">
            Console
          </a>
        </nav>
      </AppBar>
      <main id="main" tabIndex={-1} className="page page-export">
        {view.status === 'error' ? (
          <>
            <ScreenHeading className="page-title">Couldn’t open this workshop</ScreenHeading>
            <div className="callout callout-error" role="alert">
              {view.error}
            </div>
          </>
        ) : !w ? (
          <p role="status">Loading…</p>
        ) : (
          <>
            <header className="page-header">
              <div>
                <ScreenHeading className="page-title">Export “{w.title}”</ScreenHeading>
                <p className="page-subtitle">A report leadership can read, and the raw data behind it.</p>
                <NamesNote workshop={w} />
              </div>
            </header>
            <div className="export-grid">
              <section className="export-card export-report" aria-labelledby="report-heading">
                <h2 id="report-heading">Report (PDF)</h2>
                {finished ? (
                  <p className="export-state export-state-done">
                    <Icon name="check" /> The workshop is finished: this is the full report.
                  </p>
                ) : (
                  <p className="export-state export-state-interim">
                    <Icon name="info" /> {w.status === 'running' ? 'The workshop is still running' : 'The workshop has not run yet'}: the report will be
                    labelled interim and show what is there so far.
                  </p>
                )}
                <fieldset className="export-fieldset">
                  <legend>Paper</legend>
                  <div className="export-options export-options-row">
                    {PAPER_SIZES.map((p) => (
                      <label key={p} className="export-option">
                        <input type="radio" name="paper" value={p} checked={paper === p} onChange={() => setPaper(p)} />
                        {PAPER_LABEL[p]}
                      </label>
                    ))}
                  </div>
                </fieldset>
                <fieldset className="export-fieldset">
                  <legend>Sections (the cover is always there)</legend>
                  <div className="export-options">
                    {REPORT_SECTIONS.map((s) => (
                      <label key={s} className="export-option">
                        <input
                          type="checkbox"
                          checked={sections.includes(s)}
                          onChange={(e) =>
                            setSections((cur) => (e.target.checked ? REPORT_SECTIONS.filter((x) => x === s || cur.includes(x)) : cur.filter((x) => x !== s)))
                          }
                        />
                        {REPORT_SECTION_LABEL[s]}
                      </label>
                    ))}
                  </div>
                </fieldset>
                <div className="export-actions">
                  <Button variant="primary" icon="note" busy={pdf.status === 'working'} onClick={() => void make('pdf', { paper, sections })}>
                    {pdf.status === 'working' ? 'Making the report…' : isDesktop() ? 'Make and save the report' : 'Make and download the report'}
                  </Button>
                </div>
                <JobStatus job={pdf} onAgain={(file) => void deliver('pdf', file)} pdf />
              </section>

              <section className="export-card" aria-labelledby="raw-heading">
                <h2 id="raw-heading">Raw data and calendar</h2>
                <ul className="export-raw">
                  {RAW.map((r) => {
                    const j = view.jobs[r.format] ?? { status: 'idle' };
                    return (
                      <li key={r.format} className="export-raw-item">
                        <div>
                          <div className="export-raw-title">{r.title}</div>
                          <div className="export-raw-detail">{r.detail}</div>
                          <JobStatus job={j} onAgain={(file) => void deliver(r.format, file)} />
                        </div>
                        <Button
                          size="sm"
                          icon="down"
                          busy={j.status === 'working'}
                          onClick={() => void make(r.format)}
                          aria-label={`${isDesktop() ? 'Save' : 'Download'} ${r.title}`}
                        >
                          {isDesktop() ? 'Save' : 'Download'}
                        </Button>
                      </li>
                    );
                  })}
                </ul>
                <ImportWorkshop />
              </section>
            </div>
            <AnonymiseSection workshop={w} />
          </>
        )}
      </main>
    </>
  );
}

/**
 * One status line per export. Only words that change meaning are in the live
 * region (the phase, then what was made); the running seconds, the progress bar
 * and "Download again" are beside it, so a screen reader is not read a clock
 * four times a second.
 */
function JobStatus({ job, onAgain, pdf }: { job: ExportJob; onAgain(file: ExportedFile): void; pdf?: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (job.status !== 'working') return;
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, [job.status]);
  if (job.status === 'error') {
    return (
      <div role="alert" className="export-job export-job-error">
        <Icon name="alert" /> {job.message}
      </div>
    );
  }
  const working = job.status === 'working';
  const seconds = working ? Math.max(0, (now - job.startedAt) / 1000) : 0;
  const f = job.status === 'ready' ? job.file : null;
  const words = working
    ? pdf
      ? seconds < 0.4
        ? 'Gathering the results…'
        : 'Laying out the pages…'
      : 'Preparing…'
    : f
      ? `${f.fileName} · ${f.pages !== null ? `${f.pages} pages · ` : ''}${formatBytes(f.bytes)} · made in ${f.seconds.toFixed(1)} s${f.partial && pdf ? ' · interim' : ''}${job.status === 'ready' && job.savedTo ? ` · saved to ${job.savedTo}` : ''}`
      : '';
  return (
    <div className={`export-job${f ? ' export-job-ready' : ''}`}>
      {working && pdf && (
        <div className="export-progress" aria-hidden="true">
          <div className="export-progress-bar" />
        </div>
      )}
      {f && <Icon name="check" />}
      <span role="status">{words}</span>
      {working && pdf && <span aria-hidden="true">{seconds.toFixed(1)} s</span>}
      {f && (
        <button type="button" className="link-button" onClick={() => onAgain(f)}>
          {isDesktop() ? 'Save again' : 'Download again'}
        </button>
      )}
    </div>
  );
}

function ImportWorkshop() {
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const progress = useApp((s) => s.exportView.importProgress);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setState({ busy: true, error: null });
    const result = await store.getState().importWorkshop(file);
    if ('error' in result) setState({ busy: false, error: result.error });
    else {
      setState({ busy: false, error: null });
      navigate(href.planner(result.id));
    }
  }

  return (
    <div className="export-import">
      <div className="export-raw-title" id={`${id}-title`}>
        Import a workshop
      </div>
      <div className="export-raw-detail">Open a .json file exported from Common Ground. It becomes a new workshop; nothing else changes.</div>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        aria-labelledby={`${id}-title`}
        onChange={(e) => void onFile(e)}
      />
      <Button size="sm" icon="up" busy={state.busy} onClick={() => input.current?.click()}>
        Choose a file…
      </Button>
      {progress ? (
        <div className="export-import-progress">
          <progress aria-labelledby={`${id}-sending`} max={progress.total || 1} value={progress.loaded} />{' '}
          <span id={`${id}-sending`}>
            {progress.loaded < progress.total
              ? `Sending the file: ${Math.floor((100 * progress.loaded) / (progress.total || 1))} %`
              : 'Checking and importing…'}
          </span>
        </div>
      ) : null}
      {state.error ? (
        <div role="alert" className="export-job export-job-error">
          <Icon name="alert" /> {state.error}
        </div>
      ) : null}
    </div>
  );
}
