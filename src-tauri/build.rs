fn main() {
    // Every app command gets an explicit allow-permission; the capability file
    // grants exactly these, so a command added here is not reachable from the
    // page until a capability names it.
    let manifest = tauri_build::AppManifest::new().commands(&[
        "first_screen",
        "list_flows",
        "get_flow",
        "open_step_link",
        "step_link_qr",
        "progress_overview",
        "add_profile",
        "update_profile",
        "mark_step",
        "undo_step",
        "extend_follow_up",
        "recover_progress",
        "export_record",
        "attach_file",
        "record_reply",
        "keep_letter",
        "update_guides",
        "rollback_guides",
        "import_record",
        "page_ready",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("failed to run the Tauri build script");
}
