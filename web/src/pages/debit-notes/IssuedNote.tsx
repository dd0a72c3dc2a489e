import { Alert, Card, Col, Descriptions, Flex, Row, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/context';
import { formatMoney } from '../../money/money';
import { showTime } from '../shipment/time';
import { usePartyLabel } from './clients';
import { NotePdf } from './NotePdf';
import { NoteStatusTag } from './NoteStatusTag';
import type { DebitNote } from './queries';
import { VoidButton } from './VoidButton';

/** An issued (or void) note, read-only: its facts, lines, frozen rates, what is paid, and its PDF. */
export function IssuedNote({ note, onReload }: { note: DebitNote; onReload: () => void }) {
  const t = useT();
  const partyLabel = usePartyLabel();
  const number = note.number ?? note.carrierNumber ?? '';
  // A payable is the carrier's bill: recorded by us and paid out, in those words.
  const payable = note.direction === 'payable';
  return (
    <Flex vertical gap={16} className="accounts-page" data-testid="issued-note">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {note.direction === 'payable'
            ? t('accounts.bill.heading', { number })
            : t('accounts.editor.title', { number })}
        </Typography.Title>
        <Flex gap={8} align="center">
          <NoteStatusTag status={note.status} direction={note.direction} />
          {note.status === 'issued' && <VoidButton note={note} onReload={onReload} />}
        </Flex>
      </Flex>
      {note.status === 'void' ? (
        <Alert
          type="warning"
          showIcon
          title={t('accounts.editor.voidedBecause', { reason: note.voidReason ?? '—' })}
        />
      ) : (
        <Alert
          type="info"
          showIcon
          title={payable ? t('accounts.bill.readOnly') : t('accounts.editor.readOnly')}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            <Card size="small">
              <Descriptions
                size="small"
                column={1}
                items={[
                  {
                    key: 'direction',
                    label: t('accounts.editor.direction'),
                    children: t(`accounts.direction.${note.direction}`),
                  },
                  {
                    key: 'party',
                    label: t('accounts.editor.party'),
                    children:
                      note.direction === 'receivable'
                        ? partyLabel(note.party)
                        : `${partyLabel(note.party)} · ${note.carrierNumber ?? '—'}`,
                  },
                  {
                    key: 'shipment',
                    label: t('accounts.col.shipment'),
                    children: <Link to={`/shipments/${note.shipmentId}`}>{note.shipmentReference}</Link>,
                  },
                  {
                    key: 'issued',
                    label: payable ? t('accounts.bill.recordedOn') : t('accounts.col.issued'),
                    children: `${note.issueDate ?? '—'} (${showTime(note.issuedAt)})`,
                  },
                  { key: 'due', label: t('accounts.col.due'), children: note.dueDate ?? '—' },
                  {
                    key: 'total',
                    label: t('accounts.col.total'),
                    children: (
                      <span className="accounts-money" data-testid="note-total">
                        {formatMoney(note.total)}
                      </span>
                    ),
                  },
                  {
                    key: 'paid',
                    label: payable ? t('accounts.bill.paidOut') : t('accounts.col.paid'),
                    children: <span className="accounts-money">{formatMoney(note.paid)}</span>,
                  },
                  {
                    key: 'balance',
                    label: payable ? t('accounts.carrierPay.col.open') : t('accounts.col.balance'),
                    children: (
                      <span className="accounts-money" data-testid="note-balance">
                        {formatMoney(note.balance)}
                      </span>
                    ),
                  },
                ]}
              />
            </Card>
            <Card size="small" title={<h2 className="accounts-card-title">{t('accounts.editor.lines')}</h2>}>
              <Table
                size="small"
                rowKey="seq"
                pagination={false}
                dataSource={note.lines}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('accounts.editor.description'), dataIndex: 'description' },
                  { title: t('accounts.editor.quantity'), dataIndex: 'quantity', align: 'right' },
                  {
                    title: t('accounts.editor.amount'),
                    key: 'amount',
                    align: 'right',
                    className: 'accounts-money',
                    render: (_, l) => formatMoney(l.amount),
                  },
                  {
                    title: t('accounts.editor.rate'),
                    key: 'rate',
                    align: 'right',
                    render: (_, l) => l.rate ?? '—',
                  },
                  {
                    title: t('accounts.editor.converted', { currency: note.currency }),
                    key: 'converted',
                    align: 'right',
                    className: 'accounts-money',
                    render: (_, l) => formatMoney(l.converted, { code: false }),
                  },
                ]}
              />
              {note.fxRates.length > 0 && (
                <Flex vertical style={{ marginTop: 8 }}>
                  <Typography.Text strong>{t('accounts.editor.rates')}</Typography.Text>
                  {note.fxRates.map((r) => (
                    <Typography.Text key={`${r.from}${r.to}`} type="secondary">
                      {r.from}→{r.to} {r.rate} ({r.source}, {r.date})
                    </Typography.Text>
                  ))}
                </Flex>
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={12}>
          {note.direction === 'payable' ? (
            <Alert type="info" showIcon title={t('accounts.bill.noPdf')} data-testid="no-pdf" />
          ) : (
            <NotePdf id={note.id} number={number} />
          )}
        </Col>
      </Row>
    </Flex>
  );
}
