import { ref, computed, watch, onBeforeUnmount, type Ref } from 'vue'

export interface GeoState {
  coords: GeolocationCoordinates | null
  error: GeolocationPositionError | null
  loading: boolean
}

export function useGeolocation(enabled: Ref<boolean>) {
  const state = ref<GeoState>({ coords: null, error: null, loading: false })
  let watchId: number | null = null

  const stop = () => {
    if (watchId !== null) navigator.geolocation.clearWatch(watchId)
    watchId = null
  }

  watch(
    enabled,
    (on) => {
      stop()
      if (!on) return
      state.value.loading = true
      watchId = navigator.geolocation.watchPosition(
        (pos) => { state.value = { coords: pos.coords, error: null, loading: false } },
        (err) => { state.value = { coords: null, error: err, loading: false } },
        { enableHighAccuracy: true, maximumAge: 10_000 },
      )
    },
    { immediate: true },
  )

  onBeforeUnmount(stop)

  const latLng = computed<[number, number] | null>(() =>
    state.value.coords ? [state.value.coords.latitude, state.value.coords.longitude] : null,
  )

  return { state, latLng, stop }
}
