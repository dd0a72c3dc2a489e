import { Form } from 'antd';

/**
 * What Ant Design gives its own inputs but not a Select: a field the form marks as wrong says so to screen
 * readers (`aria-invalid`) and points at the message (`aria-describedby`, the Form.Item's `<id>_help`).
 * For a control rendered inside a Form.Item, which passes it `id`.
 */
export function useFieldAria(id: string | undefined): {
  'aria-invalid'?: true;
  'aria-describedby'?: string;
} {
  const { status } = Form.Item.useStatus();
  if (status !== 'error') return {};
  return { 'aria-invalid': true, 'aria-describedby': id ? `${id}_help` : undefined };
}
