import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
  type ExportedFile,
  type ExportFormat,
  type PaperSize,
  type ReportSection,
} from '../../../shared/export';
import type { ExportJob } from '../../store/export-slice';
import './export.css';
import { AnonymiseSection } from './AnonymiseSection';
import { NamesNote } from './NamesNote';
import { formatFileSize } from '../planner/words';

/** Electron has the preload bridge and a native save dialog; browser mode downloads. */
const isDesktop = () => typeof window !== 'undefined' && 'commonGround' in window;

const PAPER_LABEL: Record<PaperSize, MessageDescriptor> = { a4: msg`A4`, 'us-letter': msg`US Letter` };

const SECTION_LABEL: Record<ReportSection, MessageDescriptor> = {
  summary: msg`Executive summary`,
  agenda: msg`Agenda, planned and actual`,
  activities: msg`A section per activity`,
  commitments: msg`Commitments and action items`,
  appendix: msg`Appendix with every answer`,
};

const RAW: { format: ExportFormat; title: MessageDescriptor; detail: MessageDescriptor }[] = [
  {
    format: 'pptx',
    title: msg`Key results for slides (PowerPoint)`,
    detail: msg`One slide per activity outcome, charts you can restyle, your notes as speaker notes. Same names rule as the report.`,
  },
  {
    format: 'responses.csv',
    title: msg`Answers (CSV)`,
    detail: msg`Every answer: activity, item, answer and team; the person and time only in activities marked Named.`,
  },
  { format: 'action-items.csv', title: msg`Action items (CSV)`, detail: msg`What, who and by when.` },
  { format: 'participants.csv', title: msg`Participants (CSV)`, detail: msg`Names, teams and roles; with names off, only how many people per team.` },
  { format: 'ics', title: msg`Commitments calendar (.ics)`, detail: msg`Joint meetings, shadowing days and due dates for your calendar.` },
  { format: 'json', title: msg`Whole workshop (JSON)`, detail: msg`Everything, to archive or to import on another laptop.` },
];

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
  const { t, i18n } = useLingui();

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
  const title = w?.title;

  return (
    <>
      <AppBar>
        <nav aria-label={t`Breadcrumb`} className="breadcrumb">
          <a href={href.planner(workshopId)} className="back-link">
            <Icon name="back" />
            <Trans>Planner</Trans>
          </a>
          <a href={href.run(workshopId)} className="back-link">
            <Trans>Console</Trans>
          </a>
        </nav>
      </AppBar>
      <main id="main" tabIndex={-1} className="page page-export">
        {view.status === 'error' ? (
          <>
            <ScreenHeading className="page-title">
              <Trans>Couldn’t open this workshop</Trans>
            </ScreenHeading>
            <div className="callout callout-error" role="alert">
              {view.error}
            </div>
          </>
        ) : !w ? (
          <p role="status">
            <Trans>Loading…</Trans>
          </p>
        ) : (
          <>
            <header className="page-header">
              <div>
                <ScreenHeading className="page-title">
                  <Trans>Export “{title}”</Trans>
                </ScreenHeading>
                <p className="page-subtitle">
                  <Trans>A report leadership can read, and the raw data behind it.</Trans>
                </p>
                <NamesNote workshop={w} />
              </div>
            </header>
            <div className="export-grid">
              <section className="export-card export-report" aria-labelledby="report-heading">
                <h2 id="report-heading">
                  <Trans>Report (PDF)</Trans>
                </h2>
                {finished ? (
                  <p className="export-state export-state-done">
                    <Icon name="check" /> <Trans>The workshop is finished: this is the full report.</Trans>
                  </p>
                ) : (
                  <p className="export-state export-state-interim">
                    <Icon name="info" />{' '}
                    {w.status === 'running' ? (
                      <Trans>The workshop is still running: the report will be labelled interim and show what is there so far.</Trans>
                    ) : (
                      <Trans>The workshop has not run yet: the report will be labelled interim and show what is there so far.</Trans>
                    )}
                  </p>
                )}
                <fieldset className="export-fieldset">
                  <legend>
                    <Trans>Paper</Trans>
                  </legend>
                  <div className="export-options export-options-row">
                    {PAPER_SIZES.map((p) => (
                      <label key={p} className="export-option">
                        <input type="radio" name="paper" value={p} checked={paper === p} onChange={() => setPaper(p)} />
                        {i18n._(PAPER_LABEL[p])}
                      </label>
                    ))}
                  </div>
                </fieldset>
                <fieldset className="export-fieldset">
                  <legend>
                    <Trans>Sections (the cover is always there)</Trans>
                  </legend>
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
                        {i18n._(SECTION_LABEL[s])}
                      </label>
                    ))}
                  </div>
                </fieldset>
                <div className="export-actions">
                  <Button variant="primary" icon="note" busy={pdf.status === 'working'} onClick={() => void make('pdf', { paper, sections })}>
                    {pdf.status === 'working' ? t`Making the report…` : isDesktop() ? t`Make and save the report` : t`Make and download the report`}
                  </Button>
                </div>
                <JobStatus job={pdf} onAgain={(file) => void deliver('pdf', file)} pdf />
              </section>

              <section className="export-card" aria-labelledby="raw-heading">
                <h2 id="raw-heading">
                  <Trans>Raw data and calendar</Trans>
                </h2>
                <ul className="export-raw">
                  {RAW.map((r) => {
                    const j = view.jobs[r.format] ?? { status: 'idle' };
                    const what = i18n._(r.title);
                    return (
                      <li key={r.format} className="export-raw-item">
                        <div>
                          <div className="export-raw-title">{what}</div>
                          <div className="export-raw-detail">{i18n._(r.detail)}</div>
                          <JobStatus job={j} onAgain={(file) => void deliver(r.format, file)} />
                        </div>
                        <Button
                          size="sm"
                          icon="down"
                          busy={j.status === 'working'}
                          onClick={() => void make(r.format)}
                          aria-label={isDesktop() ? t`Save ${what}` : t`Download ${what}`}
                        >
                          {isDesktop() ? t`Save` : t`Download`}
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
  const { t, i18n } = useLingui();
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
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  const words = working
    ? pdf
      ? seconds < 0.4
        ? t`Gathering the results…`
        : t`Laying out the pages…`
      : t`Preparing…`
    : f
      ? madeLine(i18n, f, !!pdf, job.status === 'ready' ? job.savedTo : undefined)
      : '';
  const running = i18n.number(seconds, oneDecimal);
  return (
    <div className={`export-job${f ? ' export-job-ready' : ''}`}>
      {working && pdf && (
        <div className="export-progress" aria-hidden="true">
          <div className="export-progress-bar" />
        </div>
      )}
      {f && <Icon name="check" />}
      <span role="status">{words}</span>
      {working && pdf && <span aria-hidden="true">{t`${running} s`}</span>}
      {f && (
        <button type="button" className="link-button" onClick={() => onAgain(f)}>
          {isDesktop() ? <Trans>Save again</Trans> : <Trans>Download again</Trans>}
        </button>
      )}
    </div>
  );
}

/** "report.pdf · 12 pages · 340 KB · made in 2.1 s · interim · saved to /…": what was made, in the interface language. */
function madeLine(i18n: I18n, f: ExportedFile, pdf: boolean, savedTo: string | null | undefined): string {
  const parts = [f.fileName];
  const pages = f.pages;
  if (pages !== null) parts.push(i18n._(msg`${plural(pages, { one: '# page', other: '# pages' })}`));
  parts.push(formatFileSize(i18n, f.bytes));
  const took = i18n.number(f.seconds, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  parts.push(i18n._(msg`made in ${took} s`));
  if (f.partial && pdf) parts.push(i18n._(msg`interim`));
  if (savedTo) parts.push(i18n._(msg`saved to ${savedTo}`));
  return parts.join(' · ');
}

function ImportWorkshop() {
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const progress = useApp((s) => s.exportView.importProgress);
  const { t, i18n } = useLingui();
  const share = progress ? i18n.number(progress.loaded / (progress.total || 1), { style: 'percent', maximumFractionDigits: 0, roundingMode: 'floor' }) : '';

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
        <Trans>Import a workshop</Trans>
      </div>
      <div className="export-raw-detail">
        <Trans>Open a .json file exported from Common Ground. It becomes a new workshop; nothing else changes.</Trans>
      </div>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        aria-labelledby={`${id}-title`}
        onChange={(e) => void onFile(e)}
      />
      <Button size="sm" icon="up" busy={state.busy} onClick={() => input.current?.click()}>
        <Trans>Choose a file…</Trans>
      </Button>
      {progress ? (
        <div className="export-import-progress">
          <progress aria-labelledby={`${id}-sending`} max={progress.total || 1} value={progress.loaded} />{' '}
          <span id={`${id}-sending`}>{progress.loaded < progress.total ? t`Sending the file: ${share}` : t`Checking and importing…`}</span>
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
