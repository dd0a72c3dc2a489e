import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, ok, type Schemas } from '../../api/client';

export type FloorPrice = Schemas['FloorPriceDto'];

const floorKeys = {
  all: ['floor-prices'] as const,
  page: (pol: string, cursor: string | undefined) => ['floor-prices', pol, cursor ?? ''] as const,
};

export function useFloorPrices(pol: string, cursor: string | undefined) {
  return useQuery({
    queryKey: floorKeys.page(pol, cursor),
    queryFn: () =>
      ok(
        api.GET('/api/v1/floor-prices', { params: { query: { pol: pol || undefined, cursor, limit: 50 } } }),
      ),
  });
}

export function useCreateFloor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateFloorPriceDto']) => ok(api.POST('/api/v1/floor-prices', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: floorKeys.all }),
  });
}

export function useUpdateFloor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ floor, price }: { floor: FloorPrice; price: Schemas['MoneyDto'] }) =>
      ok(
        api.PATCH('/api/v1/floor-prices/{id}', {
          params: { path: { id: floor.id }, header: ifMatch(floor.version) },
          body: { price },
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: floorKeys.all }),
  });
}

export function useDeleteFloor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (floor: FloorPrice) =>
      ok(
        api.DELETE('/api/v1/floor-prices/{id}', {
          params: { path: { id: floor.id }, header: ifMatch(floor.version) },
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: floorKeys.all }),
  });
}
