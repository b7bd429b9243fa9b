//! "You are not alone": Kumamoto's 35–44-year-olds in unstable work or long without work,
//! against all Japan, as a small bar chart with the same figures in words beside it.

use yew::prelude::*;

use crate::ui::ctx::Ctx;

use super::common::{Fold, sources};
use crate::guidance;
use crate::i18n::{Msg, k, t};

/// Collapsed under its heading: one tap opens the chart.
pub fn not_alone(ctx: &Ctx, figures: &guidance::NotAlone) -> Html {
    let l = ctx.lang;
    let (k, j) = (figures.kumamoto, figures.japan);
    let groups = [
        (t(l, k::NOT_ALONE_UNSTABLE), k.unstable_permille, j.unstable_permille),
        (t(l, k::NOT_ALONE_JOBLESS), k.jobless_permille, j.jobless_permille),
    ];
    let max = groups.iter().map(|(_, a, b)| (*a).max(*b)).max().unwrap_or(1).max(1);
    // Bars start after the row labels; the longest bar leaves room for its value. Integer
    // coordinates: float formatting would add kilobytes to the wasm.
    let (x0, span) = (64_u32, 190_u32);
    let width = |v: u16| u32::from(v) * span / u32::from(max);
    // SVG text cannot hold ruby: it shows the reading (kana) where the register has one.
    let bar = |y: u32, label: String, v: u16, class: &'static str| {
        html! {
            <g class={class}>
                <text x="0" y={(y + 14).to_string()} class="chart-label">{ label }</text>
                <rect x={x0.to_string()} y={y.to_string()} width={width(v).to_string()} height="18" rx="2" />
                <text x={(x0 + width(v) + 6).to_string()} y={(y + 14).to_string()} class="chart-value">
                    { t(l, Msg::Percent(v)).reading() }
                </text>
            </g>
        }
    };
    html! {
        <Fold class="not-alone" summary={t(l, k::not_alone_heading(ctx.who))}>
            <figure>
                <svg viewBox="0 0 320 156" role="img" aria-labelledby="not-alone-chart-title" class="chart">
                    <title id="not-alone-chart-title">{ t(l, k::NOT_ALONE_CHART_TITLE).plain() }</title>
                    { for groups.iter().enumerate().map(|(i, (label, kv, jv))| {
                        let top = 6 + i as u32 * 76;
                        html! {
                            <g>
                                <text x="0" y={(top + 12).to_string()} class="chart-group">{ label.reading() }</text>
                                { bar(top + 20, t(l, k::not_alone_area(false)).reading(), *kv, "bar-kumamoto") }
                                { bar(top + 44, t(l, k::not_alone_area(true)).reading(), *jv, "bar-japan") }
                            </g>
                        }
                    }) }
                </svg>
                <figcaption>{ t(l, Msg::NotAloneText { kumamoto: k, japan: j, ages_now: figures.ages_now }) }</figcaption>
            </figure>
            { sources(ctx, &figures.sources) }
        </Fold>
    }
}
