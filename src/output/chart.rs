//! The burn-up as an inline SVG for the HTML report: two step lines (due: dashed, done: solid
//! and thick) over the plan period, today as a labelled vertical line, meetings as ticks on the
//! time axis. Readable printed in black and white: the lines differ in dash and weight, not only
//! in colour, and a legend names them. Hand-built (a few dozen lines) rather than a plotting
//! crate: the chart is two polylines.

use std::fmt::Write;

use crate::plan::burnup::Burnup;

const W: f64 = 640.0;
const H: f64 = 240.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 28.0;
const BOTTOM: f64 = 36.0;

/// The words the chart needs, in the report's language.
pub struct Labels<'a> {
    pub title: &'a str,
    pub due: &'a str,
    pub done: &'a str,
    pub today: &'a str,
    pub meeting: &'a str,
    /// Formats a day for the axis ("01.12.2017" / "2017-12-01").
    pub date: &'a dyn Fn(chrono::NaiveDate) -> String,
}

/// The SVG element (no XML prologue), or `None` when there is nothing to draw.
pub fn svg(b: &Burnup, l: &Labels) -> Option<String> {
    let (first, last) = (b.first()?, b.last()?);
    let span = (last - first).num_days().max(1) as f64;
    let max = b.total.max(1) as f64;
    let x = |d: chrono::NaiveDate| LEFT + (d - first).num_days() as f64 / span * (W - LEFT - RIGHT);
    let y = |n: usize| H - BOTTOM - n as f64 / max * (H - TOP - BOTTOM);
    let steps = |pick: &dyn Fn(&crate::plan::burnup::Point) -> usize, until: chrono::NaiveDate| {
        let mut pts = String::new();
        let mut prev: Option<usize> = None;
        for p in b.points.iter().filter(|p| p.day <= until) {
            let v = pick(p);
            if let Some(pv) = prev
                && pv != v
            {
                let _ = write!(pts, "{:.1},{:.1} ", x(p.day), y(pv));
            }
            let _ = write!(pts, "{:.1},{:.1} ", x(p.day), y(v));
            prev = Some(v);
        }
        pts
    };
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {H}\" role=\"img\" \
         aria-label=\"{title}\" class=\"burnup\" font-family=\"sans-serif\" font-size=\"11\">\n\
         <title>{title}</title>\n",
        title = esc(l.title)
    );
    // Axes and the total.
    let _ = writeln!(
        s,
        "<path d=\"M{LEFT},{TOP} V{} H{}\" fill=\"none\" stroke=\"#555\"/>",
        H - BOTTOM,
        W - RIGHT
    );
    let _ = writeln!(
        s,
        "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>\n<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">0</text>",
        LEFT - 4.0,
        y(b.total) + 4.0,
        b.total,
        LEFT - 4.0,
        y(0) + 4.0
    );
    let _ = writeln!(
        s,
        "<text x=\"{LEFT}\" y=\"{:.1}\">{}</text>\n<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
        H - BOTTOM + 14.0,
        esc(&(l.date)(first)),
        W - RIGHT,
        H - BOTTOM + 14.0,
        esc(&(l.date)(last))
    );
    // Meetings: ticks under the axis.
    for &m in &b.meetings {
        let _ = writeln!(
            s,
            "<path d=\"M{:.1},{} v6\" stroke=\"#555\" stroke-width=\"2\"><title>{} {}</title></path>",
            x(m),
            H - BOTTOM,
            esc(l.meeting),
            esc(&(l.date)(m))
        );
    }
    // Today.
    if b.today >= first && b.today <= last {
        let _ = writeln!(
            s,
            "<path d=\"M{tx:.1},{TOP} V{}\" stroke=\"#999\" stroke-dasharray=\"2 3\"/>\n\
             <text x=\"{tx:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            H - BOTTOM,
            TOP - 4.0,
            esc(l.today),
            tx = x(b.today)
        );
    }
    let _ = writeln!(
        s,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#b00\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"/>",
        steps(&|p| p.due, last).trim_end()
    );
    let _ = writeln!(
        s,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#060\" stroke-width=\"3\"/>",
        steps(&|p| p.done, b.today.min(last)).trim_end()
    );
    // Legend.
    let ly = H - 8.0;
    let _ = writeln!(
        s,
        "<path d=\"M{LEFT},{ly} h24\" stroke=\"#b00\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"/>\
         <text x=\"{}\" y=\"{}\">{}</text>\
         <path d=\"M{},{ly} h24\" stroke=\"#060\" stroke-width=\"3\"/>\
         <text x=\"{}\" y=\"{}\">{}</text>",
        LEFT + 30.0,
        ly + 4.0,
        esc(l.due),
        LEFT + 180.0,
        LEFT + 210.0,
        ly + 4.0,
        esc(l.done)
    );
    s.push_str("</svg>\n");
    Some(s)
}

fn esc(s: &str) -> String {
    crate::output::report::html_escape(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_is_well_formed_and_escapes_its_words() {
        let text = "[plan]\ntitle = \"B\"\nstart = 2025-01-01\nend = 2025-01-31\n\n[[area]]\nnumber = \"1\"\ntitle = \"A\"\n\n[[area.activity]]\nid = \"a\"\ntitle = \"A\"\nowner = \"O\"\ndue = 2025-01-10\nstatus = \"done\"\ndone_on = 2025-01-09\n";
        let plan = crate::file::parse_plan(text).plan.unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2025, 1, 15).unwrap();
        let b = crate::plan::burnup::burnup(&plan, today);
        let date = |d: chrono::NaiveDate| d.to_string();
        let l = Labels {
            title: "Due & <done>",
            due: "due",
            done: "done",
            today: "today",
            meeting: "meeting",
            date: &date,
        };
        let s = svg(&b, &l).unwrap();
        assert!(s.starts_with("<svg ") && s.ends_with("</svg>\n"));
        assert!(s.contains("Due &amp; &lt;done&gt;"));
        assert_eq!(s.matches("<polyline").count(), 2);
        assert!(!s.contains("NaN"));
    }
}
