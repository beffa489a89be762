import { describe, expect, it } from 'vitest';
import { importReportLine } from './import-report-line';

const none = { stored: 0, replaced: 0, duplicates: 0, superseded: 0, rejected: 0, deleted: 0 };

describe('importReportLine', () => {
  it('reads as before when nothing was an older or newer version', () => {
    expect(importReportLine({ ...none, stored: 1, rejected: 1 })).toBe('1 stored · 0 already here · 1 rejected');
  });

  it('says older versions apart from what is already here', () => {
    expect(importReportLine({ ...none, stored: 1, duplicates: 1, superseded: 3 })).toBe(
      '1 stored · 1 already here · 3 older versions of things you have (kept the newer) · 0 rejected',
    );
  });

  it('words one replacement and one older version in the singular, and deletions last', () => {
    expect(importReportLine({ ...none, stored: 2, replaced: 1, superseded: 1, deleted: 2 })).toBe(
      '2 stored (1 replacing an older version) · 0 already here · 1 older version of something you have (kept the newer) · 0 rejected · 2 deleted by their author',
    );
  });
});
