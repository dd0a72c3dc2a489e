import { DatePicker } from 'antd';
import dayjs from 'dayjs';

/**
 * A calendar date as the API writes it (`YYYY-MM-DD`), picked with the console's date picker (in the page's
 * language, unlike the browser's own date input), as a form control: value and onChange from Form.Item.
 */
export function DateField({
  value,
  onChange,
  id,
  ...rest
}: {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  id?: string;
  'aria-label'?: string;
  'data-testid'?: string;
  style?: React.CSSProperties;
}) {
  return (
    <DatePicker
      id={id}
      format="YYYY-MM-DD"
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : undefined)}
      {...rest}
    />
  );
}
