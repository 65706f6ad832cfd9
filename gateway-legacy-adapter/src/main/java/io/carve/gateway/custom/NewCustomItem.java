package io.carve.gateway.custom;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a legacy client posts: just the name, as the legacy schema took it. The read-only
 * {@code id} and {@code url} are ignored if sent; any other field is refused.
 */
@JsonIgnoreProperties({ "id", "url" })
record NewCustomItem(@NotBlank @Size(max = 255) String name) {

}
