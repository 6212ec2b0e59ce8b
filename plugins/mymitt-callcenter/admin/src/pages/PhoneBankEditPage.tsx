import { Box, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import { useCallcenterPermissions } from '../hooks/use-callcenter-permissions';
import { useMessages } from '../hooks/use-messages';
import { QueryState } from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';
import { useCallLists } from '../services/lists';
import { usePhoneBanks } from '../services/phone-banks';
import { BankFormView } from '../components/phone-bank/BankFormView';

/** The phone-bank builder (lists.manage): create at /phone-banks/new, edit at /phone-banks/:id. */
export const PhoneBankEditPage = () => {
  const t = useMessages();
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
                if (!allLists.length)
                  return (
                    <Box padding={8}>
                      <Typography>{t('builder.noLists', 'Create a call list first (Call lists page).')}</Typography>
                    </Box>
                  );
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
