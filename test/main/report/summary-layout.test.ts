import { afterAll, describe, expect, it } from 'vitest';
import { assembleReport } from '../../../src/main/report/data';
import { ReportRenderer } from '../../../src/main/report/render';
import { REPORT_SECTIONS } from '../../../src/main/report/types';
import { call, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { pageTexts, pageWith, savePdf, wordBoxes } from './pdf-tools';

// The executive summary's "Commitments" heading and the line under it when there are none: the line was
// drawn into the heading (a bare text in the summary's stack has no space above it).

const renderer = new ReportRenderer();
afterAll(() => renderer.close());

describe('the executive summary without commitments', () => {
  it('puts "No commitments recorded yet" under its heading, not over it', async () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'Kickoff' });
    call(core, 'activity:add', { workshopId: w.id, kind: 'pulse' });
    const data = core.transact('report', (ctx) => assembleReport(ctx, w.id, { paper: 'a4', sections: REPORT_SECTIONS }));
    core.close();
    if (!data.ok) throw new Error(data.error.message);
    const file = savePdf((await renderer.render(data.value)).pdf, tempDir(), 'summary.pdf');
    const page = pageWith(pageTexts(file), 'No commitments recorded yet');
    const words = wordBoxes(file, page);
    const at = words.findIndex((x, i) => x.word === 'No' && words[i + 1]?.word === 'commitments' && words[i + 2]?.word === 'recorded');
    const line = words[at]!;
    const heading = words.slice(0, at).findLast((x) => x.word === 'Commitments')!;
    expect(heading).toBeDefined();
    // The heading's box ends above the line's box starts (PDF y grows downwards in pdftotext's boxes).
    expect(heading.yMax).toBeLessThanOrEqual(line.yMin);
  }, 60_000);
});
