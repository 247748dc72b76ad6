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
  // Text to paint, as every page of the app has: an empty form has no contentful paint.
  return (
    <main>
      <h1>Baseline page</h1>
      <p>
        The same dependencies as the planner, each used once, on one page with no code of the app:
        what any page built on them costs.
      </p>
      <form onSubmit={form.handleSubmit(() => undefined)}>
        <input aria-label="name" {...form.register('name')} />
      </form>
    </main>
  )
}

const router = createRouter({ routeTree: createRootRoute({ component: Page }) })
createRoot(document.getElementById('root') as HTMLElement).render(
  <RouterProvider router={router} />,
)
