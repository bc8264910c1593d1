import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { slide, SlideConfig } from './definition';
import { SlideEditor } from './Editor';
import { SlidePresenter } from './Presenter';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('slide picture', () => {
  it('validates pictures: image data URLs only, with a description, within the size limit', () => {
    const base = slide.defaultConfig();
    expect(SlideConfig.safeParse({ ...base, image: { dataUrl: PNG, alt: 'Team photo' } }).success).toBe(true);
    expect(SlideConfig.safeParse(base).success).toBe(true); // older slides have none
    expect(SlideConfig.safeParse({ ...base, image: { dataUrl: 'javascript:alert(1)', alt: 'x' } }).success).toBe(false);
    expect(SlideConfig.safeParse({ ...base, image: { dataUrl: 'data:text/html;base64,PGI+', alt: 'x' } }).success).toBe(false);
    expect(SlideConfig.safeParse({ ...base, image: { dataUrl: PNG, alt: ' ' } }).success).toBe(false);
    expect(SlideConfig.safeParse({ ...base, image: { dataUrl: `data:image/png;base64,${'A'.repeat(800_000)}`, alt: 'x' } }).success).toBe(false);
  });

  it('is picked from disk in the editor and shown on the projector with its description', async () => {
    const onChange = vi.fn();
    render(<SlideEditor config={slide.defaultConfig()} onChange={onChange} />);
    const file = new File([Uint8Array.from(atob(PNG.split(',')[1]!), (c) => c.charCodeAt(0))], 'pipeline_review.png', { type: 'image/png' });
    fireEvent.change(screen.getByLabelText('Picture (optional)'), { target: { files: [file] } });
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    const next = onChange.mock.calls.at(-1)![0] as SlideConfig;
    expect(next.image).toEqual({ dataUrl: PNG, alt: 'pipeline review' });

    render(<SlidePresenter activity={{} as never} config={next} />);
    expect(screen.getByRole('img', { name: 'pipeline review' }).getAttribute('src')).toBe(PNG);
  });
});
