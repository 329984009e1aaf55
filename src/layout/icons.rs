//! Touchpoint icons: the 24x24 line drawings of `assets/icons/<channel>.svg`
//! (the UI shows the same files), read into frame paths so both exporters
//! stroke identical outlines.

use super::frame::{Path, Point};
use crate::error::{Error, Result};
use crate::model::Channel;
use svgtypes::{SimplePathSegment, SimplifyingPathParser};

/// Side of the icons' view box.
pub const ICON_BOX: f32 = 24.0;
/// Stroke width of the icons in view-box units.
pub const ICON_STROKE: f32 = 2.0;

/// The SVG source of a channel's icon.
pub fn svg(channel: Channel) -> &'static str {
    match channel {
        Channel::Website => include_str!("../../assets/icons/website.svg"),
        Channel::MobileApp => include_str!("../../assets/icons/mobile_app.svg"),
        Channel::Social => include_str!("../../assets/icons/social.svg"),
        Channel::Email => include_str!("../../assets/icons/email.svg"),
        Channel::Phone => include_str!("../../assets/icons/phone.svg"),
        Channel::Store => include_str!("../../assets/icons/store.svg"),
        Channel::Chat => include_str!("../../assets/icons/chat.svg"),
        Channel::Advertising => include_str!("../../assets/icons/advertising.svg"),
        Channel::Packaging => include_str!("../../assets/icons/packaging.svg"),
        Channel::Delivery => include_str!("../../assets/icons/delivery.svg"),
        Channel::Event => include_str!("../../assets/icons/event.svg"),
    }
}

/// A channel's icon as one path in view-box units (0..24), to be stroked.
pub fn icon(channel: Channel) -> Result<Path> {
    parse_svg_paths(svg(channel)).map_err(|e| {
        Error::Export(crate::msg!(
            "problem-icon",
            icon = channel.as_str(),
            detail = e.to_string()
        ))
    })
}

/// Read every `d="..."` attribute of an SVG into one path. Our icons use only
/// `<path>` elements, so a full XML parser is not needed.
fn parse_svg_paths(svg: &str) -> std::result::Result<Path, String> {
    let mut out = Path::new();
    let mut rest = svg;
    while let Some(i) = rest.find(" d=\"") {
        rest = &rest[i + 4..];
        let end = rest.find('"').ok_or("unterminated path data")?;
        append_path_data(&mut out, &rest[..end])?;
        rest = &rest[end..];
    }
    if out.els.is_empty() {
        return Err("no path data".into());
    }
    Ok(out)
}

fn append_path_data(out: &mut Path, d: &str) -> std::result::Result<(), String> {
    let mut last = Point::default();
    let mut start = Point::default();
    for seg in SimplifyingPathParser::from(d) {
        match seg.map_err(|e| e.to_string())? {
            SimplePathSegment::MoveTo { x, y } => {
                last = Point::new(x as f32, y as f32);
                start = last;
                out.move_to(last.x, last.y);
            }
            SimplePathSegment::LineTo { x, y } => {
                last = Point::new(x as f32, y as f32);
                out.line_to(last.x, last.y);
            }
            SimplePathSegment::CurveTo {
                x1,
                y1,
                x2,
                y2,
                x,
                y,
            } => {
                let p = Point::new(x as f32, y as f32);
                out.cubic_to(
                    Point::new(x1 as f32, y1 as f32),
                    Point::new(x2 as f32, y2 as f32),
                    p,
                );
                last = p;
            }
            SimplePathSegment::Quadratic { x1, y1, x, y } => {
                let p = Point::new(x as f32, y as f32);
                out.quad_to(last, Point::new(x1 as f32, y1 as f32), p);
                last = p;
            }
            SimplePathSegment::ClosePath => {
                out.close();
                last = start;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::frame::Rect;

    #[test]
    fn every_channel_has_an_icon_inside_its_view_box() {
        let view = Rect::new(0.0, 0.0, ICON_BOX, ICON_BOX);
        for &c in Channel::ALL {
            let p = icon(c).unwrap();
            assert!(p.els.len() >= 2, "{c:?}");
            assert!(view.contains_rect(&p.bounds()), "{c:?}: {:?}", p.bounds());
            let src = svg(c);
            assert!(src.contains("stroke=\"currentColor\"") && src.contains("fill=\"none\""));
        }
    }
}
