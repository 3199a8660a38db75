import {
  ApartmentOutlined,
  AuditOutlined,
  BulbOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FormOutlined,
  RetweetOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

/** Menu icons by name, so `routes.tsx` stays a plain list of data. */
export const NAV_ICONS: Record<string, ReactNode> = {
  apartment: <ApartmentOutlined />,
  audit: <AuditOutlined />,
  bulb: <BulbOutlined />,
  'carry-over': <RetweetOutlined />,
  calendar: <CalendarOutlined />,
  dashboard: <DashboardOutlined />,
  'file-done': <FileDoneOutlined />,
  form: <FormOutlined />,
  'safety-certificate': <SafetyCertificateOutlined />,
  team: <TeamOutlined />,
};
