import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { api, ok } from '../../api/client';
import { queryKeys } from '../../api/keys';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { AttentionStrip } from './AttentionStrip';
import { BoardColumn } from './BoardColumn';
import { PartySelect } from './PartySelect';
import { useBoardFilters } from './useBoardFilters';

/** The operations board: every active stage with its count and most urgent shipments (GET /api/v1/board). */
export function BoardPage() {
  const t = useT();
  const navigate = useNavigate();
  const [filters, setFilters] = useBoardFilters();
  const board = useQuery({
    queryKey: queryKeys.board(filters),
    queryFn: () => ok(api.GET('/api/v1/board', { params: { query: filters } })),
    // The live stream marks it stale on every change; this is only the floor for a stream that is down.
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });

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
          {/*
            LATER: the "mine" switch and the operator filter go here (GET /api/v1/board?mine=true,
            ?operatorId=), with their keys in useBoardFilters.ts.
          */}
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
          <div className="board-columns" data-testid="board-columns">
            {board.data.columns.map((column) => (
              <BoardColumn key={column.status} column={column} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
