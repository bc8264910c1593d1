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
    expect(r.skipped).toEqual([{ line: 1, text: 'Name\tTeam\tRole', reason: 'Looks like a header row (column names), not a person', why: 'header', name: '' }]);
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

describe('pasting a roster written in German, French or Spanish', () => {
  // The paste dialog tells a German facilitator to write "Vertrieb, Marketing oder Andere": the parser must read those words.
  it('reads the team words the translated dialog asks for', () => {
    const r = parseRoster(
      'Anna Roth, Vertrieb, AE\nBen Kurz, Andere\nCléa Roux, Ventes\nDidier Blanc, Autre\nElena Gil, Ventas\nFran Ruiz, Otro\nGabi Lenz, Sonstige',
      'marketing',
    );
    expect(r.people.map((p) => p.team)).toEqual(['sales', 'other', 'sales', 'other', 'sales', 'other', 'other']);
    expect(r.unsure).toEqual([]);
  });

  it('skips a header row written in those languages', () => {
    expect(parseRoster('Name\tTeam\tRolle\nAnna Roth\tVertrieb', 'sales').people.map((p) => p.name)).toEqual(['Anna Roth']);
    expect(parseRoster('Nom;Équipe;Rôle\nCléa Roux;Ventes', 'sales').people.map((p) => p.name)).toEqual(['Cléa Roux']);
    expect(parseRoster('Nombre,Equipo,Rol\nElena Gil,Ventas', 'sales').people.map((p) => p.name)).toEqual(['Elena Gil']);
  });
});
