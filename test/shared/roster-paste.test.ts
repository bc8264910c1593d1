import { describe, expect, it } from 'vitest';
import { parseRoster } from '../../src/shared/roster-paste';

// A roster pasted from a spreadsheet or an email: every Sales-vs-Marketing
// split depends on the teams being right, so doubtful lines are said out loud.

describe('pasting a roster', () => {
  it('reads name, team and role in any of the usual separators and team words', () => {
    const r = parseRoster('Dana Lee, Sales, AE\nSam Ortiz\tmarketing\nTest Person; Mktg; Intern\nPriya Shah', 'sales');
    expect(r.people).toEqual([
      { name: 'Dana Lee', team: 'sales', role: 'AE' },
      { name: 'Sam Ortiz', team: 'marketing', role: '' },
      { name: 'Test Person', team: 'marketing', role: 'Intern' },
      { name: 'Priya Shah', team: 'sales', role: '' },
    ]);
    expect(r.unsure).toEqual([]);
  });

  it('skips a spreadsheet header row instead of adding a person called “Name”', () => {
    const r = parseRoster('Name\tTeam\tRole\nDana Lee\tSales\tAE', 'sales');
    expect(r.people.map((p) => p.name)).toEqual(['Dana Lee']);
    expect(r.skipped).toEqual([{ line: 1, text: 'Name\tTeam\tRole', reason: 'Looks like a header row (column names), not a person' }]);
    // Only the first line can be a header: a person who happens to be called "Name" later is kept.
    expect(parseRoster('Dana Lee\nName', 'sales').people.map((p) => p.name)).toEqual(['Dana Lee', 'Name']);
  });

  it('flags a team column it cannot read, keeps the person, and does not take the team word as the role', () => {
    const r = parseRoster('Jo Park, Finance, Controller', 'sales');
    expect(r.people).toEqual([{ name: 'Jo Park', team: 'sales', role: 'Controller' }]);
    expect(r.unsure).toEqual([{ line: 1, name: 'Jo Park', word: 'Finance' }]);
    // Two columns: the second is a role, not a doubtful team.
    expect(parseRoster('Jo Park, Controller', 'sales')).toMatchObject({ people: [{ name: 'Jo Park', team: 'sales', role: 'Controller' }], unsure: [] });
  });
});
