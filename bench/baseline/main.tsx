// The baseline for bundle size: the same dependencies as the app (React,
// TanStack Router, react-hook-form with its zod resolver, zod), each used once,
// on one page with no code of the app.
import { zodResolver } from '@hookform/resolvers/zod'
import { createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router'
import { createRoot } from 'react-dom/client'
import { useForm } from 'react-hook-form'
import { z } from 'zod'

const schema = z.object({ name: z.string().min(1) })

function Page() {
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { name: '' } })
  return (
    <form onSubmit={form.handleSubmit(() => undefined)}>
      <input aria-label="name" {...form.register('name')} />
    </form>
  )
}

const router = createRouter({ routeTree: createRootRoute({ component: Page }) })
createRoot(document.getElementById('root') as HTMLElement).render(
  <RouterProvider router={router} />,
)
