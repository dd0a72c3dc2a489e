import type { ThemeConfig } from 'antd';

/**
 * Ant Design's theme, tuned for WCAG AA contrast (4.5:1 for normal text), which axe checks:
 * - a darker primary blue than the default #1677ff, on which white text is 4.0:1; #0958d9 gives 5.7:1, and
 *   links in it read 5.7:1 on white;
 * - secondary and descriptive text at 62 % black (#616161: 6.1:1 on white, 5.6:1 on the page's #f5f5f5)
 *   rather than 45 % (#8c8c8c: 3.4:1);
 * - placeholders at 55 % (#737373: 4.7:1) rather than 25 %: a select's placeholder says what empty means
 *   ("All clients"), it is read as text;
 * - errors in a darker red, #cf1322 (5.9:1 on white), rather than #ff4d4f (3.3:1): a form's messages are text.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    // Hovered and pressed darker still, not lighter: white on them stays above 4.5:1 (8.6:1 and 11:1).
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorError: '#cf1322',
    borderRadius: 6,
  },
};
