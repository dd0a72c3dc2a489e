import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Form, Input, Segmented, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMe } from '../../auth/session';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { PortSelect } from '../booking/PortSelect';
import { AttentionStrip } from './AttentionStrip';
import { boardQuery } from './board-query';
import { BoardColumn } from './BoardColumn';
import { PartySelect } from './PartySelect';
import { useBoardFilters } from './useBoardFilters';

const DAY = 'YYYY-MM-DD';

/** The operations board: every active stage with its count and most urgent shipments (GET /api/v1/board). */
export function BoardPage() {
  const t = useT();
  const navigate = useNavigate();
  const [filters, setFilters] = useBoardFilters();
  const me = useMe();
  // "Mine" is the shipments assigned to the caller: only operators and managers are assigned any.
  const assignable = me.data?.role === 'operator' || me.data?.role === 'manager';
  // "Only mine" is for the roles that have the switch: from anyone else's address it is left out, not applied
  // unseen (a link passed on by an operator shows the recipient the whole board).
  const board = useQuery(boardQuery(assignable || !me.data ? filters : { ...filters, mine: undefined }));

  return (
    <div className="board">
      <Flex className="board-heading" wrap gap="middle" align="center">
        <Typography.Title level={1} className="page-title">
          {t('board.title')}
        </Typography.Title>
        {board.data && (
          <Flex align="center" gap="small">
            <Typography.Text type="secondary">
              {t('board.updatedAt', { time: dayjs(board.data.at).format('HH:mm:ss') })}
            </Typography.Text>
            <Button
              size="small"
              icon={<ReloadOutlined aria-hidden />}
              loading={board.isFetching}
              onClick={() => void board.refetch()}
            >
              {t('board.refresh')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Form layout="vertical" className="board-filters" component="div">
        <Flex wrap gap="middle" align="end">
          {assignable && (
            <Form.Item label={t('board.show')}>
              <Segmented
                aria-label={t('board.show')}
                value={filters.mine ? 'mine' : 'all'}
                onChange={(value) => setFilters({ mine: value === 'mine' ? 'true' : undefined })}
                options={[
                  { value: 'all', label: t('board.all') },
                  { value: 'mine', label: t('board.mine') },
                ]}
              />
            </Form.Item>
          )}
          <Form.Item label={t('board.client')} htmlFor="board-client">
            <PartySelect
              kind="clients"
              id="board-client"
              value={filters.clientId}
              placeholder={t('board.allClients')}
              onChange={(clientId) => setFilters({ clientId })}
            />
          </Form.Item>
          <Form.Item label={t('board.carrier')} htmlFor="board-carrier">
            <PartySelect
              kind="carriers"
              id="board-carrier"
              value={filters.carrierId}
              placeholder={t('board.allCarriers')}
              onChange={(carrierId) => setFilters({ carrierId })}
            />
          </Form.Item>
          <Form.Item label={t('board.pol')} htmlFor="board-pol">
            <PortSelect
              id="board-pol"
              className="board-port"
              value={filters.pol}
              placeholder={t('board.anyPort')}
              onChange={(pol) => setFilters({ pol })}
            />
          </Form.Item>
          <Form.Item label={t('board.pod')} htmlFor="board-pod">
            <PortSelect
              id="board-pod"
              className="board-port"
              value={filters.pod}
              placeholder={t('board.anyPort')}
              onChange={(pod) => setFilters({ pod })}
            />
          </Form.Item>
          <Form.Item label={t('board.etd')} htmlFor="board-etd">
            <DatePicker.RangePicker
              id={{ start: 'board-etd', end: 'board-etd-to' }}
              allowEmpty={[true, true]}
              placeholder={[t('board.etdFrom'), t('board.etdTo')]}
              value={[
                filters.etdFrom ? dayjs(filters.etdFrom) : null,
                filters.etdTo ? dayjs(filters.etdTo) : null,
              ]}
              onChange={(range) =>
                setFilters({
                  etdFrom: range?.[0]?.format(DAY) ?? undefined,
                  etdTo: range?.[1]?.format(DAY) ?? undefined,
                })
              }
            />
          </Form.Item>
          <Form.Item label={t('board.search')} htmlFor="board-search">
            <Input.Search
              id="board-search"
              className="board-search"
              placeholder={t('board.searchPlaceholder')}
              enterButton={t('board.searchButton')}
              allowClear
              onSearch={(value) => {
                const q = value.trim();
                if (q) void navigate(`/shipments?q=${encodeURIComponent(q)}`);
              }}
            />
          </Form.Item>
        </Flex>
      </Form>
      {board.isPending ? (
        <Spin description={t('app.loading')} className="board-loading">
          <div className="board-loading-space" />
        </Spin>
      ) : board.isError ? (
        <ErrorPanel error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <>
          <AttentionStrip cards={board.data.attention} />
          {/* Scrolls sideways: focusable, so that the keyboard scrolls it too, even with no card in it. */}
          <div
            className="board-columns"
            data-testid="board-columns"
            role="region"
            aria-label={t('board.stages')}
            tabIndex={0}
          >
            {board.data.columns.map((column) => (
              <BoardColumn key={column.status} column={column} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
