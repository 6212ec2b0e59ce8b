import { Layouts, Page } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import { BackLink, EmptyState, QueryState } from '@mymitt/admin-kit';
import { useCallcenterPermissions } from '../hooks/use-callcenter-permissions';
import { useMessages } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../plugin-id';
import { useCallLists } from '../services/lists';
import { usePhoneBanks } from '../services/phone-banks';
import { BankFormView } from '../components/phone-bank/BankFormView';

/** A bank calls one list: with none yet, the page says so under its heading. */
const NoListsYet = () => {
  const t = useMessages();
  const title = t('builder.newTitle', 'New phone bank');
  return (
    <>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        navigationAction={<BackLink to={`/plugins/${PLUGIN_ID}/phone-banks`}>{t('builder.back', 'Phone banks')}</BackLink>}
      />
      <Layouts.Content>
        <EmptyState>{t('builder.noLists', 'Create a call list first (Call lists page).')}</EmptyState>
      </Layouts.Content>
    </>
  );
};

/** The phone-bank builder (lists.manage): create at /phone-banks/new, edit at /phone-banks/:id. */
export const PhoneBankEditPage = () => {
  const { id } = useParams();
  const can = useCallcenterPermissions();
  const banks = usePhoneBanks();
  const lists = useCallLists();
  const bankId = id ? Number(id) : null;

  return (
    <Page.Protect permissions={PERMISSIONS.listsManage}>
      <Page.Main>
        <QueryState state={lists.state}>
          {({ data: allLists }) => (
            <QueryState state={banks.state}>
              {({ data: allBanks }) => {
                const bank = bankId ? (allBanks.find((b) => b.id === bankId) ?? null) : null;
                if (bankId && !bank) return <Page.Error />;
                if (!allLists.length) return <NoListsYet />;
                return can.canManageLists ? (
                  <BankFormView bank={bank} lists={allLists} onSave={(body) => banks.save(bankId, body)} />
                ) : null;
              }}
            </QueryState>
          )}
        </QueryState>
      </Page.Main>
    </Page.Protect>
  );
};
