package dev.greenlight.api;

import java.util.List;
import org.springframework.data.domain.Page;

/** The paged list shape of PRODUCT.md §5. */
record PageResponse<T>(List<T> content, long totalElements, int totalPages, int page, int size) {

    static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getTotalElements(), page.getTotalPages(), page.getNumber(), page.getSize());
    }
}
