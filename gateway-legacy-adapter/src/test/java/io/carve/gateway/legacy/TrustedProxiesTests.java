package io.carve.gateway.legacy;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrustedProxiesTests {

	@Test
	void trustsNoPeerUnlessListed() {
		assertThat(TrustedProxies.of(List.of()).trusts("127.0.0.1")).isFalse();
	}

	@Test
	void trustsAddressesAndCidrBlocksOfEitherFamily() {
		TrustedProxies proxies = TrustedProxies.of(List.of("10.1.0.0/16", "192.0.2.7", "fd00::/8", "172.16.0.0/12"));
		assertThat(proxies.trusts("10.1.200.3")).isTrue();
		assertThat(proxies.trusts("10.2.0.1")).isFalse();
		assertThat(proxies.trusts("192.0.2.7")).isTrue();
		assertThat(proxies.trusts("192.0.2.8")).isFalse();
		assertThat(proxies.trusts("172.31.255.255")).isTrue();
		assertThat(proxies.trusts("172.32.0.0")).isFalse();
		assertThat(proxies.trusts("fd12:3456::1")).isTrue();
		assertThat(proxies.trusts("fe80::1")).isFalse();
	}

	@Test
	void neverLooksUpAHostName() {
		assertThat(TrustedProxies.of(List.of("0.0.0.0/0")).trusts("localhost")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("proxy.internal")))
			.withMessageContaining("gateway.trusted-proxies");
	}

	@Test
	void refusesAPrefixLongerThanTheAddress() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")));
	}

}
