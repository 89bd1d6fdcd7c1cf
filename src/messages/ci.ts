// Messages of the CI reporter (`--reporter github`): the run summary's headings.
import type { Catalogue } from './index.js';

export const ciMessages: Catalogue = {
  'step-summary-severity': { en: 'Severity', zh: '级别' },
  'step-summary-place': { en: 'Place', zh: '位置' },
  'step-summary-problem': { en: 'Problem', zh: '问题' },
  'step-summary-rule': { en: 'Rule', zh: '规则' },
  'step-summary-written': { en: '**Written: {count} file(s)**', zh: '**已写入 {count} 个文件**' },
};
