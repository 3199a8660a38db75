import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import idID from 'antd/locale/id_ID';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/languages';
import { RegionTimeZoneProvider } from '../lib/region-time-zone';
import { TRPCProvider } from '../lib/trpc';
import { createTrpcSetup } from './trpc-setup';

const THEME = { token: { colorPrimary: '#1f5fa8', borderRadius: 6 } };

/** Data (tRPC + TanStack Query), the component library in the user's language, and the region's time zone. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [{ trpcClient, queryClient }] = useState(createTrpcSetup);
  const { i18n } = useTranslation();
  const lng = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'id';
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <ConfigProvider locale={lng === 'en' ? enUS : idID} theme={THEME}>
          <RegionTimeZoneProvider>{children}</RegionTimeZoneProvider>
        </ConfigProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
