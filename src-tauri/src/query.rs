//! Turns the strings that arrive from the command line or the window into a
//! core query, with errors that name the bad value.

use meta_optout_core::catalog::Catalog;
use meta_optout_core::model::{Device, Platform};
use meta_optout_core::select::Query;

use crate::error::Error;

pub fn query<'c>(catalog: &'c Catalog, region: Option<&str>, platforms: &[String], device: Option<&str>) -> Result<Query<'c>, Error> {
    let region = match region.map(str::trim).filter(|r| !r.is_empty()) {
        Some(code) => Some(catalog.region(code).ok_or_else(|| Error::UnknownRegion(code.to_owned()))?),
        None => None,
    };
    let platforms = platforms_of(platforms)?;
    let device = match device.map(str::trim).filter(|d| !d.is_empty()) {
        Some(d) => Some(Device::parse(d).ok_or_else(|| Error::UnknownDevice(d.to_owned()))?),
        None => None,
    };
    Ok(Query { region, platforms, device })
}

/// Platforms given one by one, separated by commas, or both.
pub fn platforms_of(given: &[String]) -> Result<Vec<Platform>, Error> {
    given
        .iter()
        .flat_map(|p| p.split(','))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| Platform::parse(p).ok_or_else(|| Error::UnknownPlatform(p.to_owned())))
        .collect()
}
