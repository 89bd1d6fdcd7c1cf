// The few words the PDF itself prints (cover, TOC, footer), per output language.
export type PdfLang = 'zh' | 'en' | 'bilingual';

export const words = {
  contents: { zh: '目录', en: 'Contents', bilingual: '目录 Contents' },
  edition: { zh: '版本：', en: 'Edition: ', bilingual: '版本 Edition：' },
  pageOf: {
    zh: (n: number, m: number) => `第 ${n} 页 共 ${m} 页`,
    en: (n: number, m: number) => `Page ${n} of ${m}`,
    bilingual: (n: number, m: number) => `第 ${n} 页 共 ${m} 页`,
  },
  adapted: {
    zh: (by: string, from: string) => `本指南由${by}根据${from}改编。`,
    en: (by: string, from: string) => `Adapted by ${by} from ${from}.`,
    bilingual: (by: string, from: string) => `本指南由${by}根据${from}改编。`,
  },
  notOfficial: {
    zh: '本改编版本不是原出版机构的官方出版物，原出版机构不对其内容负责。',
    en: 'This adaptation is not an official publication of the original publisher, which is not responsible for its content.',
    bilingual: '本改编版本不是原出版机构的官方出版物，原出版机构不对其内容负责。',
  },
} as const;
