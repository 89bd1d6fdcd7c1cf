// The review loop with LibreOffice Writer doing the reviewing: a Basic macro opens the Huzhou DOCX the bin built, turns
// change tracking on and replaces a word, and saves it with LibreOffice's own DOCX writer; a comment (which this
// LibreOffice, 7.4 headless, cannot insert through UNO without crashing) is added as Word writes it and the file goes
// through LibreOffice's DOCX writer once more. The import finds both on the right node ids; the proposal applies and builds.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseJson, REPO, runCli } from '../support/cli.js';
import { addWordComment } from '../support/review-docx.js';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The Basic module: load, record changes, replace 有关 in 会同有关部门制定 by 财政等, save as Word 2007 XML. */
function reviewMacro(src: string, out: string): string {
  const code = `Sub Main
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden" : args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL("${src}"), "_blank", 0, args())
  doc.RecordChanges = True
  d = doc.createSearchDescriptor()
  d.SearchString = "会同有关部门制定"
  found = doc.findFirst(d)
  cur = found.getText().createTextCursorByRange(found.getStart())
  cur.goRight(2, False)
  cur.goRight(2, True)
  cur.setString("财政等")
  Dim save(0) As New com.sun.star.beans.PropertyValue
  save(0).Name = "FilterName" : save(0).Value = "MS Word 2007 XML"
  doc.storeToURL(ConvertToURL("${out}"), save())
  doc.close(True)
End Sub`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Review" script:language="StarBasic">${xmlText(code)}</script:module>\n`;
}

const LIBRARY = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">\n<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">\n <library:element library:name="Review"/>\n</library:library>\n`;

function soffice(profile: string, args: string[], cwd: string): void {
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--invisible', '--norestore', '--nologo', ...args], { cwd, encoding: 'utf8', timeout: 180_000 });
  expect(r.status, `soffice ${args.join(' ')}: ${r.stderr}`).toBe(0);
}

describe.skipIf(!hasSoffice)('feedback from LibreOffice Writer', () => {
  it('a tracked change and a comment saved by LibreOffice come back on the right nodes; apply builds', { timeout: 600_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'ag-feedback-lo-'));
    cpSync(join(REPO, 'guides'), join(root, 'guides'), { recursive: true });
    const built = runCli(['--city', 'huzhou', '--guide', 'core-skills', '--format', 'docx', '--root', root, '--out', join(root, 'dist')]);
    expect(built.code, built.stderr).toBe(0);

    const profile = join(root, 'lo-profile');
    soffice(profile, ['--terminate_after_init'], root);
    const basic = join(profile, 'user/basic/Standard');
    mkdirSync(basic, { recursive: true });
    writeFileSync(join(basic, 'Review.xba'), reviewMacro(join(root, 'dist/huzhou/core-skills.docx'), join(root, 'tracked.docx')));
    writeFileSync(join(basic, 'script.xlb'), LIBRARY);
    soffice(profile, ['vnd.sun.star.script:Standard.Review.Main?language=Basic&location=application'], root);

    const zip = await JSZip.loadAsync(readFileSync(join(root, 'tracked.docx')));
    expect(await zip.file('word/document.xml')!.async('string')).toMatch(/<w:ins [^>]*>.*财政等/);
    await addWordComment(zip, '湖州市政策要点', '李明', '县区配套政策也请列出。');
    mkdirSync(join(root, 'commented'));
    writeFileSync(join(root, 'commented/reviewed.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    mkdirSync(join(root, 'lo'));
    soffice(profile, ['--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(root, 'lo'), join(root, 'commented/reviewed.docx')], root);

    const reviewed = join(root, 'lo/reviewed.docx');
    const imported = runCli(['feedback', 'import', reviewed, '--city', 'huzhou', '--root', root, '--json']);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    const added = parseJson(imported).added as { id: string; kind: string; node: string; field: string; original?: string; proposed?: string; quote?: string }[];
    expect(added.map((e) => e.kind).sort()).toEqual(['comment', 'proposal']);
    const proposal = added.find((e) => e.kind === 'proposal')!;
    expect(proposal.node).toBe('implementation-local-text');
    expect(proposal.proposed).toBe(proposal.original!.replace('会同有关部门', '会同财政等部门'));
    expect(added.find((e) => e.kind === 'comment')).toMatchObject({ node: 'implementation-local', field: 'title', quote: '湖州市政策要点' });

    const applied = runCli(['feedback', 'apply', proposal.id, '--root', root]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(readFileSync(join(root, 'guides/cities/huzhou/core-skills.yaml'), 'utf8')).toContain('由{{locality.bureau}}会同财政等部门制定。');
    const md = runCli(['--city', 'huzhou', '--guide', 'core-skills', '--format', 'md', '--root', root, '--out', join(root, 'dist')]);
    expect(md.code, md.stderr).toBe(0);
    expect(readFileSync(join(root, 'dist/huzhou/core-skills.md'), 'utf8')).toContain('湖州市人力资源和社会保障局会同财政等部门制定');
    expect(parseJson(runCli(['feedback', 'import', reviewed, '--city', 'huzhou', '--root', root, '--json'])).added).toEqual([]);
  });
});
