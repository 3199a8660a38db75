import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  BulbOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FormOutlined,
  ImportOutlined,
  RetweetOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

/** Menu icons by name, so `routes.tsx` stays a plain list of data. */
export const NAV_ICONS: Record<string, ReactNode> = {
  apartment: <ApartmentOutlined />,
  audit: <AuditOutlined />,
  book: <BookOutlined />,
  bulb: <BulbOutlined />,
  'carry-over': <RetweetOutlined />,
  calendar: <CalendarOutlined />,
  dashboard: <DashboardOutlined />,
  'file-done': <FileDoneOutlined />,
  form: <FormOutlined />,
  import: <ImportOutlined />,
  'safety-certificate': <SafetyCertificateOutlined />,
  setting: <SettingOutlined />,
  team: <TeamOutlined />,
  trophy: <TrophyOutlined />,
};
