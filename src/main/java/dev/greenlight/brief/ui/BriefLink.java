package dev.greenlight.brief.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.greenlight.brief.BriefService;
import java.io.ByteArrayInputStream;

/** "Export brief": the Excel brief of the stored assessment, built when the link is followed. */
final class BriefLink {

    private BriefLink() {
    }

    static Anchor of(BriefService briefs, long id, String elementId) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = briefs.brief(id);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), BriefService.CONTENT_TYPE, file.bytes().length);
        }), "Export brief (.xlsx)");
        anchor.setId(elementId);
        anchor.addClassName("export-link");
        return anchor;
    }
}
