import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  Popconfirm,
  Row,
  Select,
  Table,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/errors';
import { useT } from '../../i18n/context';
import { checkAmount, CURRENCIES, formatMoney, isCurrency } from '../../money/money';
import { useDebounced } from '../booking/useDebounced';
import { usePartyLabel } from './clients';
import { DateField } from './DateField';
import { bodyOf, formPathOf, valuesOf, type NoteValues } from './note-form';
import { NoteProblem } from './NoteProblem';
import { NoteStatusTag } from './NoteStatusTag';
import { useFxTerms, useIssue, usePreview, useSaveDraft, type DebitNote } from './queries';
import { VoidButton } from './VoidButton';

const currencyOptions = CURRENCIES.map((c) => ({ value: c, label: c }));

/**
 * The draft editor: the note's currency, due date and lines (each in any currency), the FX rates with their
 * source and date (the client's agreed ones offered), and beside them the total as the service prices it
 * (POST /debit-notes/preview, nothing saved) while the user types. Save (PATCH with If-Match), issue (saves
 * first when changed), void with a reason. The service's refusals land on the fields they name.
 */
export function DraftEditor({ note, onReload }: { note: DebitNote; onReload: () => void }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<NoteValues>();
  const initial = useMemo(() => valuesOf(note), [note]);
  const partyLabel = usePartyLabel();
  const terms = useFxTerms(note.direction === 'receivable' ? note.partyId : null);
  const save = useSaveDraft(note.id);
  const issue = useIssue(note.id);
  // A payable is the carrier's bill: "issue" records it (docs/billing.md "Carrier bills").
  const payable = note.direction === 'payable';
  const [problem, setProblem] = useState<unknown>(null);

  useEffect(() => form.setFieldsValue(initial), [form, initial]);

  const watched = Form.useWatch([], form) as Partial<NoteValues> | undefined;
  const body = useDebounced(
    useMemo(() => bodyOf(watched ?? initial), [watched, initial]),
    400,
  );
  const preview = usePreview(
    body
      ? {
          ...body,
          direction: note.direction,
          partyId: note.partyId,
          shipmentId: note.shipmentId,
          // A payable is priced as the carrier's bill it is: with the carrier's number (the service asks for it).
          ...(note.carrierNumber ? { carrierNumber: note.carrierNumber } : {}),
        }
      : null,
  );

  const fixedTerms = (terms.data?.terms ?? []).filter((term) => term.mode === 'fixed' && term.rate);
  const perNote = (terms.data?.terms ?? []).filter((term) => term.mode === 'per_note');
  const fillAgreed = () => {
    const rates = (form.getFieldValue('fxRates') as NoteValues['fxRates'] | undefined) ?? [];
    const missing = fixedTerms.filter((term) => !rates.some((r) => r.from === term.from && r.to === term.to));
    form.setFieldValue('fxRates', [
      ...rates,
      ...missing.map((term) => ({
        from: term.from,
        to: term.to,
        rate: term.rate,
        source: term.source,
        date: term.date,
      })),
    ]);
  };

  /** The service's refusal: each field it names marked, the rest said above the buttons. */
  const showRefusal = (error: unknown) => {
    setProblem(error);
    const fields = isApiError(error) ? (error.details?.fields ?? []) : [];
    const marks = fields.flatMap(({ field, message: text }) => {
      const name = formPathOf(field);
      return name ? [{ name, errors: [text] }] : [];
    });
    if (marks.length) form.setFields(marks as Parameters<typeof form.setFields>[0]);
  };

  const saveDraft = async (): Promise<DebitNote | null> => {
    setProblem(null);
    const values = await form.validateFields().catch(() => null);
    const request = values && bodyOf(values);
    if (!request) return null;
    try {
      const saved = await save.mutateAsync({
        version: note.version,
        body: { ...request, dueDate: request.dueDate ?? null, fxRates: request.fxRates ?? [] },
      });
      return saved;
    } catch (error) {
      showRefusal(error);
      return null;
    }
  };

  const onSave = async () => {
    if (await saveDraft()) void message.success(t('accounts.editor.saved'));
  };

  const onIssue = async () => {
    const current = form.isFieldsTouched() ? await saveDraft() : note;
    if (!current) return;
    try {
      const issued = await issue.mutateAsync(current.version);
      void message.success(
        issued.direction === 'payable'
          ? t('accounts.bill.recorded', { number: issued.carrierNumber ?? '' })
          : t('accounts.editor.issued', { number: issued.number ?? '' }),
      );
    } catch (error) {
      showRefusal(error);
    }
  };

  const previewError = preview.isError ? preview.error : null;
  const amountRule = (index: number) => ({
    validator: (_: unknown, value: string | undefined) => {
      if (!value?.trim()) return Promise.reject(new Error(t('accounts.editor.required')));
      const currency = form.getFieldValue(['lines', index, 'amount', 'currency']) as string;
      if (!isCurrency(currency)) return Promise.resolve();
      const checked = checkAmount(value, currency);
      if (checked.ok) return Promise.resolve();
      return Promise.reject(
        new Error(
          checked.fault === 'format'
            ? t('accounts.editor.amountFormat')
            : t('accounts.editor.amountDigits', { currency, digits: checked.digits }),
        ),
      );
    },
  });

  return (
    <Flex vertical gap={16} className="accounts-page" data-testid="draft-editor">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('accounts.editor.draftTitle', { reference: note.shipmentReference ?? '' })}
        </Typography.Title>
        <NoteStatusTag status={note.status} direction={note.direction} />
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
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
        ]}
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        requiredMark={false}
        onValuesChange={() => setProblem(null)}
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Flex vertical gap={16}>
              <Card size="small">
                <Flex wrap gap={16}>
                  <Form.Item name="currency" label={t('accounts.editor.currency')} htmlFor="note-currency">
                    <Select id="note-currency" options={currencyOptions} style={{ width: 120 }} showSearch />
                  </Form.Item>
                  <Form.Item
                    name="dueDate"
                    label={payable ? t('accounts.bill.dueDate') : t('accounts.editor.dueDate')}
                    htmlFor="note-due"
                    extra={payable ? undefined : t('accounts.editor.dueDateHint')}
                  >
                    <DateField id="note-due" style={{ width: 180 }} data-testid="note-due" />
                  </Form.Item>
                  <Form.Item
                    name="remarks"
                    label={t('accounts.editor.remarks')}
                    style={{ flex: 1, minWidth: 240 }}
                  >
                    <Input maxLength={1000} />
                  </Form.Item>
                </Flex>
              </Card>
              <Card
                size="small"
                title={<h2 className="accounts-card-title">{t('accounts.editor.lines')}</h2>}
              >
                <Form.List name="lines">
                  {(fields, { add, remove }) => (
                    <Flex vertical>
                      {fields.map((field, index) => (
                        <fieldset key={field.key} className="accounts-fieldset" data-testid="note-line">
                          <legend className="visually-hidden">
                            {t('accounts.editor.lineLabel', { n: index + 1 })}
                          </legend>
                          <div className="accounts-line-row">
                            <Form.Item
                              name={[field.name, 'description']}
                              label={index === 0 ? t('accounts.editor.description') : undefined}
                              rules={[
                                { required: true, whitespace: true, message: t('accounts.editor.required') },
                                { max: 200 },
                              ]}
                              style={{ flex: 1, minWidth: 220 }}
                            >
                              <Input
                                data-testid="line-description"
                                aria-label={`${t('accounts.editor.lineLabel', { n: index + 1 })} ${t('accounts.editor.description')}`}
                              />
                            </Form.Item>
                            <Form.Item
                              name={[field.name, 'quantity']}
                              label={index === 0 ? t('accounts.editor.quantity') : undefined}
                              style={{ width: 90 }}
                            >
                              <Input
                                inputMode="decimal"
                                placeholder="1"
                                data-testid="line-quantity"
                                aria-label={`${t('accounts.editor.lineLabel', { n: index + 1 })} ${t('accounts.editor.quantity')}`}
                              />
                            </Form.Item>
                            <Form.Item
                              name={[field.name, 'amount', 'amount']}
                              label={index === 0 ? t('accounts.editor.amount') : undefined}
                              rules={[amountRule(index)]}
                              style={{ width: 150 }}
                            >
                              <Input
                                inputMode="decimal"
                                className="accounts-money"
                                data-testid="line-amount"
                                aria-label={`${t('accounts.editor.lineLabel', { n: index + 1 })} ${t('accounts.editor.amount')}`}
                              />
                            </Form.Item>
                            <Form.Item
                              name={[field.name, 'amount', 'currency']}
                              label={index === 0 ? t('accounts.editor.lineCurrency') : undefined}
                              style={{ width: 100 }}
                            >
                              <Select
                                options={currencyOptions}
                                showSearch
                                data-testid="line-currency"
                                aria-label={`${t('accounts.editor.lineLabel', { n: index + 1 })} ${t('accounts.editor.lineCurrency')}`}
                              />
                            </Form.Item>
                            <Form.Item
                              label={
                                index === 0 ? (
                                  <span className="visually-hidden">
                                    {t('accounts.editor.removeLine', { n: index + 1 })}
                                  </span>
                                ) : undefined
                              }
                            >
                              <Button
                                icon={<DeleteOutlined aria-hidden />}
                                aria-label={t('accounts.editor.removeLine', { n: index + 1 })}
                                disabled={fields.length === 1}
                                onClick={() => remove(field.name)}
                              />
                            </Form.Item>
                          </div>
                        </fieldset>
                      ))}
                      <Button
                        icon={<PlusOutlined aria-hidden />}
                        onClick={() =>
                          add({
                            description: '',
                            quantity: '',
                            amount: { amount: '', currency: form.getFieldValue('currency') as string },
                          })
                        }
                        data-testid="add-line"
                        style={{ alignSelf: 'flex-start' }}
                        disabled={fields.length >= 100}
                      >
                        {t('accounts.editor.addLine')}
                      </Button>
                    </Flex>
                  )}
                </Form.List>
              </Card>
              <Card
                size="small"
                title={<h2 className="accounts-card-title">{t('accounts.editor.rates')}</h2>}
              >
                <Flex vertical gap={8}>
                  {note.direction === 'receivable' && (
                    <Flex wrap gap={8} align="center" data-testid="agreed-terms">
                      <Typography.Text type="secondary">
                        {fixedTerms.length || perNote.length
                          ? t('accounts.editor.agreed')
                          : t('accounts.editor.agreedNone')}
                      </Typography.Text>
                      {fixedTerms.map((term) => (
                        <Typography.Text key={`${term.from}${term.to}`}>
                          {term.from}→{term.to} {term.rate} ({term.source}, {term.date})
                        </Typography.Text>
                      ))}
                      {perNote.map((term) => (
                        <Typography.Text key={`${term.from}${term.to}`} type="secondary">
                          {t('accounts.editor.agreedPerNote', { pair: `${term.from}→${term.to}` })}
                        </Typography.Text>
                      ))}
                      {fixedTerms.length > 0 && (
                        <Button size="small" onClick={fillAgreed} data-testid="use-agreed">
                          {t('accounts.editor.useAgreed')}
                        </Button>
                      )}
                    </Flex>
                  )}
                  <Form.List name="fxRates">
                    {(fields, { add, remove }) => (
                      <Flex vertical>
                        {fields.map((field, index) => (
                          <fieldset key={field.key} className="accounts-fieldset" data-testid="note-rate">
                            <legend className="visually-hidden">{`${t('accounts.editor.rate')} ${index + 1}`}</legend>
                            <div className="accounts-rate-row">
                              <Form.Item
                                name={[field.name, 'from']}
                                label={index === 0 ? t('accounts.editor.rateFrom') : undefined}
                                style={{ width: 100 }}
                              >
                                <Select
                                  options={currencyOptions}
                                  showSearch
                                  data-testid="rate-from"
                                  aria-label={`${t('accounts.editor.rate')} ${index + 1} ${t('accounts.editor.rateFrom')}`}
                                />
                              </Form.Item>
                              <Form.Item
                                name={[field.name, 'to']}
                                label={index === 0 ? t('accounts.editor.rateTo') : undefined}
                                style={{ width: 100 }}
                              >
                                <Select
                                  options={currencyOptions}
                                  showSearch
                                  data-testid="rate-to"
                                  aria-label={`${t('accounts.editor.rate')} ${index + 1} ${t('accounts.editor.rateTo')}`}
                                />
                              </Form.Item>
                              <Form.Item
                                name={[field.name, 'rate']}
                                label={index === 0 ? t('accounts.editor.rate') : undefined}
                                rules={[{ required: true, message: t('accounts.editor.required') }]}
                                style={{ width: 130 }}
                              >
                                <Input
                                  inputMode="decimal"
                                  data-testid="rate-value"
                                  aria-label={`${t('accounts.editor.rate')} ${index + 1} ${t('accounts.editor.rate')}`}
                                />
                              </Form.Item>
                              <Form.Item
                                name={[field.name, 'source']}
                                label={index === 0 ? t('accounts.editor.rateSource') : undefined}
                                rules={[
                                  {
                                    required: true,
                                    whitespace: true,
                                    message: t('accounts.editor.required'),
                                  },
                                  { max: 100 },
                                ]}
                                style={{ flex: 1, minWidth: 200 }}
                              >
                                <Input
                                  data-testid="rate-source"
                                  aria-label={`${t('accounts.editor.rate')} ${index + 1} ${t('accounts.editor.rateSource')}`}
                                />
                              </Form.Item>
                              <Form.Item
                                name={[field.name, 'date']}
                                label={index === 0 ? t('accounts.editor.rateDate') : undefined}
                                rules={[{ required: true, message: t('accounts.editor.required') }]}
                                style={{ width: 170 }}
                              >
                                <DateField
                                  data-testid="rate-date"
                                  aria-label={`${t('accounts.editor.rate')} ${index + 1} ${t('accounts.editor.rateDate')}`}
                                />
                              </Form.Item>
                              <Form.Item
                                label={
                                  index === 0 ? (
                                    <span className="visually-hidden">
                                      {t('accounts.editor.removeRate', { n: index + 1 })}
                                    </span>
                                  ) : undefined
                                }
                              >
                                <Button
                                  icon={<DeleteOutlined aria-hidden />}
                                  aria-label={t('accounts.editor.removeRate', { n: index + 1 })}
                                  onClick={() => remove(field.name)}
                                />
                              </Form.Item>
                            </div>
                          </fieldset>
                        ))}
                        <Button
                          icon={<PlusOutlined aria-hidden />}
                          onClick={() => add({ to: form.getFieldValue('currency') as string })}
                          data-testid="add-rate"
                          style={{ alignSelf: 'flex-start' }}
                          disabled={fields.length >= 20}
                        >
                          {t('accounts.editor.addRate')}
                        </Button>
                      </Flex>
                    )}
                  </Form.List>
                </Flex>
              </Card>
            </Flex>
          </Col>
          <Col xs={24} xl={8}>
            <Flex vertical gap={16}>
              <Card
                size="small"
                title={<h2 className="accounts-card-title">{t('accounts.editor.preview')}</h2>}
                data-testid="note-preview"
              >
                <Flex vertical gap={8}>
                  <Typography.Text type="secondary">{t('accounts.editor.previewHint')}</Typography.Text>
                  {previewError ? (
                    <NoteProblem error={previewError} title={t('accounts.editor.previewFailed')} />
                  ) : (
                    preview.data && (
                      <>
                        <Table
                          size="small"
                          rowKey="seq"
                          pagination={false}
                          dataSource={preview.data.lines}
                          columns={[
                            { title: t('accounts.editor.description'), dataIndex: 'description' },
                            {
                              title: t('accounts.editor.converted', { currency: preview.data.currency }),
                              key: 'converted',
                              align: 'right',
                              className: 'accounts-money',
                              render: (_, l) => formatMoney(l.converted, { code: false }),
                            },
                          ]}
                        />
                        <Flex justify="space-between" align="baseline">
                          <Typography.Text>{t('accounts.editor.total')}</Typography.Text>
                          <span
                            className="accounts-preview-total"
                            data-testid="preview-total"
                            aria-live="polite"
                          >
                            {formatMoney(preview.data.total)}
                          </span>
                        </Flex>
                        {preview.data.fxRates.map((r) => (
                          <Typography.Text key={`${r.from}${r.to}`} type="secondary">
                            {r.from}→{r.to} {r.rate} ({r.source}, {r.date})
                          </Typography.Text>
                        ))}
                      </>
                    )
                  )}
                </Flex>
              </Card>
              {problem ? <NoteProblem error={problem} onReload={onReload} /> : null}
              <Flex wrap gap={8}>
                <Button onClick={() => void onSave()} loading={save.isPending} data-testid="note-save">
                  {t('accounts.editor.save')}
                </Button>
                <Popconfirm
                  title={payable ? t('accounts.bill.recordConfirm') : t('accounts.editor.issueConfirm')}
                  onConfirm={() => void onIssue()}
                  okButtonProps={{ 'data-testid': 'issue-confirm' }}
                >
                  <Button type="primary" loading={issue.isPending} data-testid="note-issue">
                    {payable ? t('accounts.bill.record') : t('accounts.editor.issue')}
                  </Button>
                </Popconfirm>
                <VoidButton note={note} onReload={onReload} />
              </Flex>
            </Flex>
          </Col>
        </Row>
      </Form>
    </Flex>
  );
}
