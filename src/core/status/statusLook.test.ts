import { STATUS_PALETTE } from '../palette';
import { statusLook } from './statusLook';

describe('statusLook', () => {
  it('fills a status cell in its colour, strikes removed through and outlines an unreadable status', () => {
    expect(statusLook('not_done')).toEqual({ fill: STATUS_PALETTE.not_done.fill, fontColor: STATUS_PALETTE.not_done.fontColor });
    expect(statusLook('removed')).toMatchObject({ strike: true, fill: STATUS_PALETTE.removed.fill });
    expect(statusLook('missing')).toMatchObject({ border: { style: 'outline', color: STATUS_PALETTE.missing.outline } });
    expect(statusLook('missing')).not.toHaveProperty('fill');
  });
});
