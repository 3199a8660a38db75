// The profile form shows each text's limit (issue 10, finding 3) and stops typing at it.
import { PROFILE_TEXT_LIMITS } from '@inovda/domain';
import { render, screen } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { beforeAll, describe, expect, it } from 'vitest';
import { initTestI18n, installJsdomLayoutApis } from '../../../test-support/jsdom-antd';
import { GoalFields } from './goal-fields';
import type { TProfileFormValues } from './profile-values';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({ id: {} });
});

function Form() {
  const { control } = useForm<TProfileFormValues>({
    defaultValues: { tujuan: 'Dua kata' } as Partial<TProfileFormValues> as TProfileFormValues,
  });
  return <GoalFields control={control} />;
}

describe('GoalFields', () => {
  it('bounds the goal texts at the schema limit and shows a counter', { timeout: 30_000 }, () => {
    const { container } = render(<Form />);
    const areas = container.querySelectorAll('textarea');
    expect(areas.length).toBe(3);
    for (const area of areas) expect(area.maxLength).toBe(PROFILE_TEXT_LIMITS.goal);
    expect(screen.getByText(`8 / ${PROFILE_TEXT_LIMITS.goal}`)).toBeTruthy();
  });
});
