import type { ImportReport } from '../../store/settings-store';

type Counts = Pick<ImportReport, 'stored' | 'replaced' | 'duplicates' | 'superseded' | 'rejected' | 'deleted'>;

/**
 * What an import did, in one line: "5 stored (2 replacing older versions) · 1 already
 * here · 3 older versions of things you have (kept the newer) · 0 rejected". An older version
 * is not "already here": what is here is a newer one, and the file's version was left out.
 */
export function importReportLine(report: Counts): string {
  const parts = [
    report.replaced > 0
      ? `${report.stored} stored (${report.replaced} replacing ${report.replaced === 1 ? 'an older version' : 'older versions'})`
      : `${report.stored} stored`,
    `${report.duplicates} already here`,
  ];
  if (report.superseded > 0)
    parts.push(
      `${report.superseded} ${report.superseded === 1 ? 'older version of something' : 'older versions of things'} you have (kept the newer)`,
    );
  parts.push(`${report.rejected} rejected`);
  if (report.deleted > 0) parts.push(`${report.deleted} deleted by their author`);
  return parts.join(' · ');
}
