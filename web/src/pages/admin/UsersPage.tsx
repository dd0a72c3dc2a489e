import { App as AntApp, Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useMe } from '../../auth/session';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { CursorPager } from '../../lists/CursorPager';
import { useListParams } from '../../lists/url-params';
import { problemText } from '../approvals/problem';
import { showTime } from '../shipment/time';
import { useAllUsers, useUpdateUser, useUsersPage, type User } from './queries';
import { UserFormModal } from './UserFormModal';
import '../approvals/approvals.css';

/**
 * Users (`/admin/users`, admins): everyone who signs in, paged; create one (role, the client of a client user,
 * team lead, language), change role, team lead or language, deactivate (their sessions end at once) and
 * reactivate.
 */
export function UsersPage() {
  const t = useT();
  const me = useMe().data;
  const { message } = AntApp.useApp();
  const { cursor, setCursor } = useListParams([]);
  const page = useUsersPage(cursor);
  const all = useAllUsers();
  const update = useUpdateUser();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const names = new Map((all.data ?? []).map((u) => [u.id, u.name]));

  const setActive = (user: User, active: boolean) =>
    update.mutate(
      { id: user.id, body: { active } },
      {
        onSuccess: () =>
          void message.success(
            t(active ? 'admin.users.reactivated' : 'admin.users.deactivated', { name: user.name }),
          ),
        onError: (error) => void message.error(problemText(error, t)),
      },
    );

  const columns: TableColumnsType<User> = [
    { key: 'name', title: t('admin.users.name'), dataIndex: 'name' },
    { key: 'email', title: t('admin.users.email'), dataIndex: 'email' },
    { key: 'phone', title: t('admin.users.phone'), render: (_, u) => u.phone ?? '—' },
    { key: 'role', title: t('admin.users.role'), render: (_, u) => t(`role.${u.role}`) },
    {
      key: 'team',
      title: t('admin.users.teamLead'),
      render: (_, u) => (u.teamLeadId ? (names.get(u.teamLeadId) ?? '…') : '—'),
    },
    { key: 'language', title: t('admin.users.language'), render: (_, u) => t(`language.${u.language}`) },
    {
      key: 'active',
      title: t('admin.users.state'),
      render: (_, u) =>
        u.active ? (
          <Tag className="state-tag state-approved">{t('admin.users.active')}</Tag>
        ) : (
          <Tag>{t('admin.users.inactive')}</Tag>
        ),
    },
    { key: 'created', title: t('admin.users.createdAt'), render: (_, u) => showTime(u.createdAt) },
    {
      key: 'actions',
      title: t('admin.actions'),
      render: (_, u) => (
        <Flex gap={8} wrap>
          <Button
            size="small"
            onClick={() => setEditing(u)}
            aria-label={t('admin.users.editOf', { name: u.name })}
          >
            {t('admin.edit')}
          </Button>
          {u.id !== me?.id &&
            (u.active ? (
              <Button
                size="small"
                danger
                onClick={() => setActive(u, false)}
                aria-label={t('admin.users.deactivateOf', { name: u.name })}
              >
                {t('admin.users.deactivate')}
              </Button>
            ) : (
              <Button
                size="small"
                onClick={() => setActive(u, true)}
                aria-label={t('admin.users.reactivateOf', { name: u.name })}
              >
                {t('admin.users.reactivate')}
              </Button>
            ))}
        </Flex>
      ),
    },
  ];

  return (
    <div className="users-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={1} className="page-title">
          {t('nav.users')}
        </Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')} data-testid="user-create">
          {t('admin.users.create')}
        </Button>
      </Flex>
      {page.isError ? (
        <ErrorPanel error={page.error} onRetry={() => void page.refetch()} />
      ) : (
        <>
          <Table<User>
            className="admin-toolbar"
            rowKey="id"
            size="middle"
            loading={page.isPending}
            columns={columns}
            dataSource={page.data?.items ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="users-table"
          />
          <CursorPager cursor={cursor} nextCursor={page.data?.nextCursor} onMove={setCursor} />
        </>
      )}
      {editing && (
        <UserFormModal
          key={editing === 'new' ? 'new' : editing.id}
          user={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
