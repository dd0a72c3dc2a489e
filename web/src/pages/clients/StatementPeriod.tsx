import { CalendarOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../i18n/context';
import { businessToday } from './dates';
import { periodStatementUrl } from './queries';

const DAY = 'YYYY-MM-DD';

/**
 * The period statement (对账单 for a period): the client's opening balance, notes issued, payments received
 * and closing balance per currency, between two days picked here (this month so far by default). The PDF
 * opens in a new tab, as the as-of statement does.
 */
export function StatementPeriod({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const today = businessToday();
  const [range, setRange] = useState<[string, string]>([`${today.slice(0, 8)}01`, today]);
  const [from, to] = range;

  return (
    <>
      <Button
        icon={<CalendarOutlined aria-hidden />}
        onClick={() => setOpen(true)}
        data-testid="statement-period"
      >
        {t('clients.statementPeriod')}
      </Button>
      <Modal
        open={open}
        title={t('clients.statementPeriod.title')}
        onCancel={() => setOpen(false)}
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)}>
            {t('clients.form.cancel')}
          </Button>,
          <Button
            key="open"
            type="primary"
            href={periodStatementUrl(clientId, from, to)}
            target="_blank"
            rel="noopener"
            icon={<FilePdfOutlined aria-hidden />}
            onClick={() => setOpen(false)}
            data-testid="statement-period-open"
          >
            {t('clients.statementPeriod.open')}
          </Button>,
        ]}
      >
        <Typography.Paragraph type="secondary">{t('clients.statementPeriod.hint')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('clients.statementPeriod.range')} htmlFor="statement-period-from">
            <DatePicker.RangePicker
              id={{ start: 'statement-period-from', end: 'statement-period-to' }}
              allowClear={false}
              value={[dayjs(from, DAY), dayjs(to, DAY)]}
              disabledDate={(day) => day.format(DAY) > today}
              onChange={(picked) => {
                const start = picked?.[0]?.format(DAY);
                const end = picked?.[1]?.format(DAY);
                if (start && end) setRange([start, end]);
              }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
